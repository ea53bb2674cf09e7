//! "There is no network code", checked on the built artefacts rather than promised:
//!
//! - neither the `hearth` binary nor `libhearth_ffi.so` imports a socket function (their
//!   dynamic symbol tables name what they can call in libc; a socket, a DNS lookup or a
//!   send would have to appear there);
//! - the shipped crates' normal dependency tree, for every target platform, holds no
//!   HTTP or TLS crate.
//!
//! What this does not prove: code could still make a raw `syscall(SYS_socket, …)` (std
//! imports `syscall` for futexes and getrandom), or `dlopen` a library (SQLite imports it
//! for extensions). Neither is reachable from Hearth's code, and reviews keep it so.

use std::path::{Path, PathBuf};
use std::process::Command;

use object::{Object, ObjectSymbol};

/// Socket-only libc functions, matched by exact name (after any `@GLIBC_x` version).
/// Exact, not prefixes: `sendfile` (std's `io::copy`) and `recvfrom`'s relatives would
/// make a prefix match cry wolf or miss; `sendmsg`/`recvmsg` only work on sockets, so
/// they are listed themselves. Today neither artefact imports any of them (nor any
/// name starting with `send` or `recv`).
const SOCKET_SYMBOLS: &[&str] = &[
    "socket",
    "socketpair",
    "connect",
    "bind",
    "listen",
    "accept",
    "accept4",
    "shutdown",
    "getaddrinfo",
    "freeaddrinfo",
    "getnameinfo",
    "gethostbyname",
    "gethostbyname2",
    "gethostbyname_r",
    "gethostbyaddr",
    "res_query",
    "res_search",
    "send",
    "sendto",
    "sendmsg",
    "sendmmsg",
    "recv",
    "recvfrom",
    "recvmsg",
    "recvmmsg",
    "getsockopt",
    "setsockopt",
    "getpeername",
    "getsockname",
];

/// Crates that would mean HTTP or TLS is compiled in.
const NETWORK_CRATES: &[&str] = &[
    "hyper",
    "hyper-util",
    "reqwest",
    "ureq",
    "rustls",
    "native-tls",
    "openssl",
    "openssl-sys",
    "h2",
    "h3",
    "curl",
    "curl-sys",
    "isahc",
    "surf",
    "attohttpc",
    "tokio-rustls",
    "tokio-native-tls",
    "quinn",
];

fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .canonicalize()
        .expect("workspace root")
}

fn cargo() -> Command {
    let mut c = Command::new(std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into()));
    c.current_dir(workspace_root());
    c
}

/// Undefined (imported) dynamic symbols of an ELF file, versions stripped.
fn imported_symbols(path: &Path) -> Vec<String> {
    let data = std::fs::read(path).unwrap_or_else(|e| panic!("read {}: {e}", path.display()));
    let file =
        object::File::parse(&*data).unwrap_or_else(|e| panic!("parse {}: {e}", path.display()));
    let mut names: Vec<String> = file
        .dynamic_symbols()
        .filter(|s| s.is_undefined())
        .filter_map(|s| s.name().ok())
        .map(|n| n.split('@').next().unwrap_or(n).to_owned())
        .filter(|n| !n.is_empty())
        .collect();
    names.sort();
    names.dedup();
    names
}

fn assert_no_socket_imports(what: &str, path: &Path) {
    let imports = imported_symbols(path);
    assert!(
        imports.iter().any(|n| n == "malloc" || n == "free"),
        "{what}: found no libc imports at all in {}; is this a dynamically linked ELF?\n{imports:?}",
        path.display()
    );
    let bad: Vec<&String> = imports
        .iter()
        .filter(|n| SOCKET_SYMBOLS.contains(&n.as_str()))
        .collect();
    assert!(
        bad.is_empty(),
        "{what} ({}) imports socket functions {bad:?}.\nAll imports: {imports:?}",
        path.display()
    );
}

#[test]
fn the_cli_binary_imports_no_socket_function() {
    assert_no_socket_imports("the hearth CLI", Path::new(env!("CARGO_BIN_EXE_hearth")));
}

/// The cdylib of the same profile as this test, built if it is missing or stale.
///
/// `cargo test --workspace` already builds it (hearth-ffi's lib target lists `cdylib`),
/// but `cargo test -p hearth-cli` on a fresh clone does not, so this runs a nested
/// `cargo build -p hearth-ffi --lib` into the same target dir and profile. That is safe:
/// cargo releases the build-directory lock before it runs test binaries, and when the
/// library is up to date the nested build is a no-op of about a second.
fn ffi_library() -> PathBuf {
    // <target>/<profile>/deps/no_network-<hash>  →  <target>/<profile>
    let exe = std::env::current_exe().expect("test executable path");
    let profile_dir = exe
        .parent()
        .and_then(Path::parent)
        .expect("test binary under <target>/<profile>/deps")
        .to_path_buf();
    let target_dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR"))
        .parent()
        .expect("CARGO_TARGET_TMPDIR is <target>/tmp")
        .to_path_buf();
    let profile = profile_dir
        .file_name()
        .and_then(|n| n.to_str())
        .expect("profile dir name")
        .to_owned();
    let mut build = cargo();
    build
        .args(["build", "-q", "-p", "hearth-ffi", "--lib", "--target-dir"])
        .arg(&target_dir);
    match profile.as_str() {
        "debug" => {}
        "release" => {
            build.arg("--release");
        }
        other => {
            build.args(["--profile", other]);
        }
    }
    // A cross-compiled test lives in <target>/<triple>/<profile>.
    if profile_dir.parent() != Some(target_dir.as_path()) {
        if let Some(triple) = profile_dir
            .parent()
            .and_then(Path::file_name)
            .and_then(|n| n.to_str())
        {
            build.args(["--target", triple]);
        }
    }
    let status = build.status().expect("run cargo build -p hearth-ffi");
    assert!(
        status.success(),
        "cargo build -p hearth-ffi failed: {status}"
    );
    let name = if cfg!(target_os = "macos") {
        "libhearth_ffi.dylib"
    } else {
        "libhearth_ffi.so"
    };
    let lib = profile_dir.join(name);
    assert!(lib.exists(), "{} was not built", lib.display());
    lib
}

#[test]
#[cfg(target_os = "linux")]
fn the_ffi_library_imports_no_socket_function() {
    assert_no_socket_imports("libhearth_ffi.so", &ffi_library());
}

/// Crate names in the normal (non-dev, non-build) dependency tree of the shipped
/// packages, for every target platform (Android- or iOS-only dependencies included).
fn normal_dependency_crates(extra: &[&str]) -> Vec<String> {
    let out = cargo()
        .args([
            "tree",
            "-q",
            "-e",
            "normal",
            "--target",
            "all",
            "--prefix",
            "none",
            "--format",
            "{p}",
            "-p",
            "hearth-core",
            "-p",
            "hearth-ffi",
            "-p",
            "hearth-cli",
        ])
        .args(extra)
        .output()
        .expect("run cargo tree");
    assert!(
        out.status.success(),
        "cargo tree failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8(out.stdout).expect("utf-8 cargo tree output");
    let mut names: Vec<String> = text
        .lines()
        .filter_map(|l| l.split_whitespace().next())
        .map(str::to_owned)
        .collect();
    names.sort();
    names.dedup();
    names
}

#[test]
fn no_http_or_tls_crate_is_in_the_dependency_tree() {
    // Default features are what ships; --all-features adds the uniffi-bindgen tool.
    for extra in [&[][..], &["--all-features"][..]] {
        let crates = normal_dependency_crates(extra);
        assert!(
            crates.iter().any(|c| c == "rusqlite") && crates.iter().any(|c| c == "uniffi"),
            "cargo tree {extra:?} listed unexpectedly few crates: {crates:?}"
        );
        let bad: Vec<&String> = crates
            .iter()
            .filter(|c| NETWORK_CRATES.contains(&c.as_str()))
            .collect();
        assert!(
            bad.is_empty(),
            "HTTP/TLS crates in the dependency tree ({extra:?}): {bad:?}"
        );
    }
}
