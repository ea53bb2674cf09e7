// Linux only, tests only. Debian's swiftlang 6.0.3 ships a libswiftObservation.so that
// refers to swift::threading::fatal, which its libswiftCore.so does not export, so any
// program that links Observation (HearthAppModel's @Observable AppModel) fails to link.
// This supplies the one missing function with the runtime's meaning: print and abort.
// It is never built for Apple platforms, where the toolchain is whole.
#include <cstdarg>
#include <cstdio>
#include <cstdlib>

namespace swift {
namespace threading {
[[noreturn]] void fatal(const char *format, ...) {
  va_list args;
  va_start(args, format);
  std::vfprintf(stderr, format, args);
  va_end(args);
  std::abort();
}
} // namespace threading
} // namespace swift
