# CxxBind.cmake — generate safe Rust bindings for C++ headers from CMake.
#
#   include(build-support/cmake/CxxBind.cmake)
#   cxxbind_add_bindings(inventory
#     HEADERS      ${CMAKE_CURRENT_SOURCE_DIR}/include/inventory/inventory.h
#     INCLUDE_DIRS ${CMAKE_CURRENT_SOURCE_DIR}/include
#     LINK_LIBRARIES inventory)
#
# Optional: STD (c++17, the default, or c++20), DEFINES, EXTRA_ARGS (more
# cxxbind options). STD, DEFINES and INCLUDE_DIRS reach both cxxbind's
# parse and the compile of the generated glue; so do the defines and include
# directories cxxbind takes from EXTRA_ARGS (`--config`, `-p`), through the
# `<name>.flags` response file it writes next to the generated code. STD
# alone sets the standard (a config's `std` is overridden).
#
# Runs `cxxbind generate` at build time (re-run when any included header
# changes, through a DEPFILE), and compiles the generated C++ glue into the
# static library `<name>_cxxbind`, linked to LINK_LIBRARIES. Sets
# `<name>_CXXBIND_DIR` (the generated files; `<name>.rs` is the Rust side to
# `include!`) in the caller's scope.
#
# CXXBIND_EXECUTABLE must name the cxxbind binary (set it, or let
# find_program find one on PATH). CXXBIND_DEPENDS may name a target that
# builds it.

cmake_minimum_required(VERSION 3.20)

if(NOT CXXBIND_EXECUTABLE)
  find_program(CXXBIND_EXECUTABLE cxxbind REQUIRED)
endif()

function(cxxbind_add_bindings name)
  cmake_parse_arguments(ARG "" "STD" "HEADERS;INCLUDE_DIRS;DEFINES;LINK_LIBRARIES;EXTRA_ARGS" ${ARGN})
  if(NOT ARG_HEADERS)
    message(FATAL_ERROR "cxxbind_add_bindings(${name}): HEADERS is required")
  endif()
  # STD decides the standard on both sides (it is passed as --std, which
  # wins over a config's); cxxbind parses the headers with it, DEFINES and
  # INCLUDE_DIRS, and the glue target below compiles with the same.
  if(NOT ARG_STD)
    set(ARG_STD c++17)
  endif()
  if(ARG_STD MATCHES "^c\\+\\+(17|20)$")
    set(cxx_standard ${CMAKE_MATCH_1})
  else()
    message(FATAL_ERROR "cxxbind_add_bindings(${name}): STD must be c++17 or c++20, not ${ARG_STD}")
  endif()
  set(out "${CMAKE_CURRENT_BINARY_DIR}/cxxbind/${name}")
  # `--force`: the directory is this module's own, also when an older
  # cxxbind wrote it without the marker that names it cxxbind's.
  set(args generate ${ARG_HEADERS} -o "${out}" --force --name ${name} --std ${ARG_STD}
           --depfile "${out}.d")
  foreach(dir IN LISTS ARG_INCLUDE_DIRS)
    list(APPEND args -I "${dir}")
  endforeach()
  foreach(def IN LISTS ARG_DEFINES)
    list(APPEND args -D "${def}")
  endforeach()
  list(APPEND args ${ARG_EXTRA_ARGS})
  set(generated "${out}/${name}.rs" "${out}/${name}.cxx.cc" "${out}/${name}.cxx.h"
                "${out}/${name}.shim.cc" "${out}/${name}.shim.h" "${out}/${name}.flags")
  add_custom_command(
    OUTPUT ${generated}
    COMMAND "${CXXBIND_EXECUTABLE}" ${args}
    DEPFILE "${out}.d"
    DEPENDS ${ARG_HEADERS} ${CXXBIND_DEPENDS}
    COMMENT "cxxbind: generating ${name} bindings"
    VERBATIM)
  add_library(${name}_cxxbind STATIC "${out}/${name}.cxx.cc" "${out}/${name}.shim.cc")
  target_include_directories(${name}_cxxbind PRIVATE "${out}" ${ARG_INCLUDE_DIRS})
  target_compile_definitions(${name}_cxxbind PRIVATE ${ARG_DEFINES})
  # The include directories and defines cxxbind decided for this run, also
  # those CMake never saw (from EXTRA_ARGS: --config, -p), as a response file.
  target_compile_options(${name}_cxxbind PRIVATE "@${out}/${name}.flags")
  target_link_libraries(${name}_cxxbind PUBLIC ${ARG_LINK_LIBRARIES})
  set_target_properties(${name}_cxxbind PROPERTIES
    CXX_STANDARD ${cxx_standard} CXX_STANDARD_REQUIRED ON POSITION_INDEPENDENT_CODE ON)
  set(${name}_CXXBIND_DIR "${out}" PARENT_SCOPE)
endfunction()
