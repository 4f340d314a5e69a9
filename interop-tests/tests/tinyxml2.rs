//! The real tinyxml2 library, bound from `tinyxml2.h` with no hand edits: a
//! document is owned by Rust (`XmlDocument`), its nodes and attributes are
//! owned by the document and reached as borrows (`&XmlElement` from `const`
//! members, `Pin<&mut XmlElement>` from non-`const` ones), tied to the
//! document by the borrow checker. Parse, walk, edit, print, errors; and the
//! two templates with value parameters the config instantiates
//! (`configs/tinyxml2.toml`: `DynArray<int, 10>`, `MemPoolT<32>`).

use interop_tests::tinyxml2::tinyxml2::{
    DynArrayI32_10, MemPoolT32, XmlAttribute, XmlConstHandle, XmlDocument, XmlElement, XmlError,
    XmlHandle, XmlPrinter, XmlText, XmlVisitor, XmlVisitorImpl,
};

const XML: &str = r#"<shelf owner="ana"><book id="b1" year="1999">Dune</book><book id="b2" year="2004">Emma</book><note>old</note></shelf>"#;

fn parsed(xml: &str) -> XmlDocument {
    let mut doc = XmlDocument::new().unwrap();
    assert_eq!(doc.parse(xml).unwrap(), XmlError::XML_SUCCESS);
    doc
}

/// Every child element's name, in document order.
fn child_names(e: &XmlElement) -> Vec<String> {
    let mut names = Vec::new();
    let mut child = e.first_child_element().unwrap();
    while let Some(c) = child {
        names.push(String::from_utf8(c.name().unwrap().unwrap()).unwrap());
        child = c.next_sibling_element().unwrap();
    }
    names
}

/// Every attribute as `name=value`, in document order.
fn attributes(e: &XmlElement) -> Vec<String> {
    let mut out = Vec::new();
    let mut attr: Option<&XmlAttribute> = e.first_attribute().unwrap();
    while let Some(a) = attr {
        let name = String::from_utf8(a.name().unwrap().unwrap()).unwrap();
        let value = String::from_utf8(a.value().unwrap().unwrap()).unwrap();
        out.push(format!("{name}={value}"));
        attr = a.next().unwrap();
    }
    out
}

/// The document as tinyxml2 prints it, with its line breaks and indentation
/// taken out (the compact printer takes a `FILE*`, which is not bound).
fn printed(doc: &XmlDocument) -> String {
    let mut printer = XmlPrinter::new().unwrap();
    doc.print_with_streamer(&mut printer).unwrap();
    let text = String::from_utf8(printer.c_str().unwrap().unwrap()).unwrap();
    assert!(
        text.ends_with('\n'),
        "tinyxml2 ends a printed document with a line break"
    );
    text.lines().map(str::trim_start).collect()
}

#[test]
fn walks_elements_and_attributes() {
    let doc = parsed(XML);
    let root = doc.root_element().unwrap().expect("a root element");
    assert_eq!(root.name().unwrap().unwrap(), b"shelf");
    assert_eq!(child_names(root), ["book", "book", "note"]);
    assert_eq!(attributes(root), ["owner=ana"]);
    // Several borrows of the same document at once: they are shared.
    let first = root.first_child_element().unwrap().unwrap();
    let second = first.next_sibling_element().unwrap().unwrap();
    assert_eq!(attributes(first), ["id=b1", "year=1999"]);
    assert_eq!(second.get_text().unwrap().unwrap(), b"Emma");
    assert_eq!(second.int_attribute("year").unwrap(), 2004);
    assert_eq!(first.attribute("missing").unwrap(), None);
    let note = root.first_child_element_with_name("note").unwrap().unwrap();
    assert_eq!(note.get_text().unwrap().unwrap(), b"old");
    // Back up the tree: a node's parent and its document.
    let parent = note.parent().unwrap().unwrap();
    assert_eq!(
        parent
            .to_element()
            .unwrap()
            .unwrap()
            .name()
            .unwrap()
            .unwrap(),
        b"shelf"
    );
    assert_eq!(printed(&doc), XML);
}

#[test]
fn edits_attributes_and_elements_then_prints() {
    let mut doc = parsed(XML);
    {
        let mut root = doc.root_element_mut().unwrap().unwrap();
        root.as_mut().set_attribute("room", "7").unwrap();
        root.as_mut().delete_attribute("owner").unwrap();
        let mut added = root
            .as_mut()
            .insert_new_child_element("map")
            .unwrap()
            .unwrap();
        added.as_mut().set_attribute_i32("scale", 50).unwrap();
        added.as_mut().set_text("north").unwrap();
    }
    assert_eq!(
        printed(&doc),
        r#"<shelf room="7"><book id="b1" year="1999">Dune</book><book id="b2" year="2004">Emma</book><note>old</note><map scale="50">north</map></shelf>"#
    );
    // Delete a node's children: the note element loses its text.
    {
        let root = doc.root_element_mut().unwrap().unwrap();
        let note = root.last_child_element_mut_with_name("note").unwrap();
        let note = note.expect("an element named `note`");
        note.delete_children().unwrap();
    }
    let root = doc.root_element().unwrap().unwrap();
    let note = root.first_child_element_with_name("note").unwrap().unwrap();
    assert_eq!(note.get_text().unwrap(), None);
    assert!(printed(&doc).contains("<note/>"));
}

#[test]
fn handles_walk_by_value() {
    // `XMLHandle`/`XMLConstHandle` hold one node pointer: Rust holds them
    // inline (no heap), and a step returns the next handle by value.
    assert_eq!(
        std::mem::size_of::<XmlConstHandle<'static>>(),
        std::mem::size_of::<usize>()
    );
    let mut doc = parsed(XML);
    {
        let shelf = XmlConstHandle::new(&*doc).unwrap();
        let book = shelf.first_child_element_with_name("shelf").unwrap();
        let book = book.first_child_element_with_name("book").unwrap();
        let second = book.next_sibling_element().unwrap();
        let e = second.to_element().unwrap().expect("the second book");
        assert_eq!(e.get_text().unwrap().unwrap(), b"Emma");
        // Copies are free and independent.
        let again = second.clone();
        assert!(again
            .next_sibling_element()
            .unwrap()
            .to_element()
            .unwrap()
            .is_some());
        let past = again.next_sibling_element().unwrap();
        assert!(past
            .next_sibling_element()
            .unwrap()
            .to_node()
            .unwrap()
            .is_none());
    }
    // A mutable handle edits through the node it reaches.
    {
        let mut h = XmlHandle::new(&mut doc).unwrap();
        let mut shelf = h.first_child_element_with_name("shelf").unwrap();
        let mut note = shelf.last_child_element_with_name("note").unwrap();
        let e = note.to_element().unwrap().expect("the note");
        e.set_text("new").unwrap();
    }
    assert!(printed(&doc).contains("<note>new</note>"));
}

#[test]
fn deletes_one_node_chosen_from_the_document() {
    let mut doc = parsed(XML);
    // The document frees the node its closure picks (here, `<note>`): the
    // closure has the document exclusively, so no other borrow of the node
    // can outlive it.
    let deleted = doc
        .delete_node(|d| d.root_element_mut().unwrap()?.last_child_mut().unwrap())
        .unwrap();
    assert!(deleted);
    assert_eq!(
        printed(&doc),
        r#"<shelf owner="ana"><book id="b1" year="1999">Dune</book><book id="b2" year="2004">Emma</book></shelf>"#
    );
    // A node deeper down (the first book's text), and then the first book.
    assert!(doc
        .delete_node(|d| d
            .root_element_mut()
            .unwrap()?
            .first_child_mut()
            .unwrap()?
            .first_child_mut()
            .unwrap())
        .unwrap());
    assert!(doc
        .delete_node(|d| d.root_element_mut().unwrap()?.first_child_mut().unwrap())
        .unwrap());
    assert_eq!(
        printed(&doc),
        r#"<shelf owner="ana"><book id="b2" year="2004">Emma</book></shelf>"#
    );
    // An element found by name, seen as the node it is.
    assert!(doc
        .delete_node(|d| {
            let root = d.root_element_mut().unwrap()?;
            let book = root.first_child_element_mut_with_name("book").unwrap()?;
            Some(book.into())
        })
        .unwrap());
    assert_eq!(printed(&doc), r#"<shelf owner="ana"/>"#);
    // Choosing nothing deletes nothing.
    assert!(!doc.delete_node(|_| None).unwrap());
    assert!(child_names(doc.root_element().unwrap().unwrap()).is_empty());
}

#[test]
fn a_node_of_another_document_is_not_deleted() {
    // An adversary's choice: a node of a second document, borrowed for ever
    // by leaking that document, satisfies the closure's type. The shim asks
    // the node for its document (`GetDocument()`) and deletes nothing.
    let other: &'static mut XmlDocument = interop_tests::leak_for_good(parsed(XML));
    let outsider = other
        .root_element_mut()
        .unwrap()
        .expect("a root")
        .last_child_mut()
        .unwrap()
        .expect("a child");
    let mut doc = parsed(XML);
    assert!(!doc.delete_node(move |_| Some(outsider)).unwrap());
    assert_eq!(printed(&doc), printed(&parsed(XML)));
}

#[test]
fn errors_are_the_xml_error_enum() {
    let mut doc = XmlDocument::new().unwrap();
    let err = doc.parse("<open><inner></open>").unwrap();
    assert_eq!(err, XmlError::XML_ERROR_MISMATCHED_ELEMENT);
    assert_eq!(doc.error_id().unwrap(), err);
    assert!(doc.error().unwrap());
    assert!(doc.root_element().unwrap().is_none() || doc.error().unwrap());
    let name = XmlDocument::error_id_to_name(err).unwrap().unwrap();
    assert_eq!(name, b"XML_ERROR_MISMATCHED_ELEMENT");
    assert_eq!(doc.parse("<ok/>").unwrap(), XmlError::XML_SUCCESS);
    assert!(!doc.error().unwrap());
}

/// A Rust `XMLVisitor`: records what tinyxml2's `Accept` walk shows it.
struct Outline<'v> {
    lines: &'v mut Vec<String>,
    depth: usize,
}

impl XmlVisitorImpl for Outline<'_> {
    fn visit_enter_xml_element(
        &mut self,
        element: &XmlElement,
        first: Option<&XmlAttribute>,
    ) -> bool {
        let name = String::from_utf8(element.name().unwrap().unwrap()).unwrap();
        let attrs = first.map_or(0, |a| {
            let mut n = 1;
            let mut at = a.next().unwrap();
            while let Some(next) = at {
                n += 1;
                at = next.next().unwrap();
            }
            n
        });
        self.lines
            .push(format!("{}{name} ({attrs})", "  ".repeat(self.depth)));
        self.depth += 1;
        // Returning false would skip the element's children.
        name != "skip"
    }

    fn visit_exit_xml_element(&mut self, _element: &XmlElement) -> bool {
        self.depth -= 1;
        true
    }

    fn visit_xml_text(&mut self, text: &XmlText) -> bool {
        let value = String::from_utf8(text.value().unwrap().unwrap()).unwrap();
        self.lines
            .push(format!("{}\"{value}\"", "  ".repeat(self.depth)));
        true
    }
}

#[test]
fn a_rust_visitor_walks_the_document() {
    let doc = parsed(r#"<a x="1" y="2"><b>hi</b><skip><hidden/></skip><c/></a>"#);
    let mut lines = Vec::new();
    {
        let mut visitor = XmlVisitor::from_rust(Outline {
            lines: &mut lines,
            depth: 0,
        });
        // Methods the visitor leaves out (documents, comments, …) are
        // XMLVisitor's own, which continue the walk.
        assert!(doc.accept(&mut visitor).unwrap());
    }
    assert_eq!(
        lines,
        ["a (2)", "  b (0)", "    \"hi\"", "  skip (0)", "  c (0)"]
    );
}

#[test]
fn a_dyn_array_grows_past_its_initial_size() {
    let mut a = DynArrayI32_10::new().unwrap();
    assert!(a.empty().unwrap());
    assert_eq!(
        a.capacity().unwrap(),
        10,
        "INITIAL_SIZE is the capacity at first"
    );
    for i in 0..25 {
        a.push(i * i).unwrap();
    }
    assert_eq!(a.size().unwrap(), 25);
    assert!(a.capacity().unwrap() >= 25);
    assert_eq!(a[3], 9);
    a[3] = -1;
    assert_eq!(a[3], -1);
    assert_eq!(a.pop().unwrap(), 24 * 24);
    // The last element (23 * 23) takes the removed one's place.
    a.swap_remove(0).unwrap();
    assert_eq!((a.size().unwrap(), a[0]), (23, 23 * 23));
    a.pop_arr(20).unwrap();
    assert_eq!(a.size().unwrap(), 3);
    a.clear().unwrap();
    assert!(a.empty().unwrap());
}

#[test]
fn a_mem_pool_knows_its_item_size() {
    let mut pool = MemPoolT32::new().unwrap();
    assert_eq!(pool.item_size().unwrap(), 32);
    assert_eq!(pool.current_allocs().unwrap(), 0);
    assert_eq!(pool.untracked().unwrap(), 0);
    pool.clear().unwrap();
    assert_eq!(pool.current_allocs().unwrap(), 0);
}
