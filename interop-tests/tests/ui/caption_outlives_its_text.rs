// An object keeps the view its setter stores: the bytes must outlive it.
use interop_tests::attacks_params::cases::attacks_params::Caption;

fn main() {
    let mut caption = Caption::new(c"cap: ");
    {
        let text = b"short-lived text".to_vec();
        caption.set_text(&text);
    }
    let _ = caption.render();
}
