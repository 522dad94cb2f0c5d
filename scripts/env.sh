# Sourced by the scripts: tools on PATH in the order that avoids the traps (npm's wasm-opt 132
# before Debian's), and Trunk told not to look for newer versions online.
export PATH="$(pwd)/node_modules/.bin:$HOME/.cargo/bin:$PATH"
export TRUNK_SKIP_VERSION_CHECK=true
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
export CARGO_TERM_COLOR="${CARGO_TERM_COLOR:-never}"
