// Nothing to import: the target only supplies a symbol the linker needs (see shim.cpp).
