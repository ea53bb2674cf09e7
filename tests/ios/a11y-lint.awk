# Heuristic: every control (Button, Toggle, Picker, DatePicker, Slider, TextField,
# SecureField, NavigationLink, ShareLink, Stepper, Menu, Link) needs an
# .accessibilityLabel(...) within the next 40 lines; each label answers the most recent
# control still waiting for one.
#
# Voice Control finds a control by the words on screen, so when a titled control
# (Button("Save"), Toggle("Quiet hours", ...), DatePicker("From", ...), ...) is answered by
# a literal label, the two must be the same words; anything more belongs in
# .accessibilityHint. (Text fields are exempt: their title is a placeholder.)
FNR == 1 { report(); n = 0 }
function report(   i) { for (i = 1; i <= n; i++) { print FILENAME0 ":" stack[i] ": control without .accessibilityLabel"; bad++ } n = 0 }
function literal(s, start,   rest) { # the first "..." after `start` in s, or "" (also for interpolation)
  rest = substr(s, start)
  if (!match(rest, /^[ ]*\("[^"]*"/)) return ""
  rest = substr(rest, RSTART, RLENGTH); sub(/^[ ]*\("/, "", rest); sub(/"$/, "", rest)
  return (rest ~ /\\\(/) ? "" : rest
}
{
  FILENAME0 = FILENAME
  code = $0; sub(/\/\/.*/, "", code)
  opens = match(code, /(^|[^A-Za-z_.])(Button|Toggle|Picker|DatePicker|Slider|TextField|SecureField|NavigationLink|ShareLink|Stepper|Menu|Link)[ ]*(\(|\{)/)
  title = ""
  if (opens) {
    kind = substr(code, RSTART, RLENGTH); sub(/^[^A-Za-z]/, "", kind); sub(/[ ]*[({]$/, "", kind)
    if (kind !~ /^(TextField|SecureField)$/) title = literal(code, RSTART + RLENGTH - 1)
  }
  labels = match(code, /\.accessibilityLabel\(/)
  label = labels ? literal(code, RSTART + RLENGTH - 1) : ""
  if (opens && labels) { check(title, label, FNR); next }
  if (opens) { stack[++n] = FNR; titles[n] = title }
  else if (labels && n > 0) { check(titles[n], label, stack[n]); n-- }
  if (n > 0 && FNR - stack[1] > 40) {
    print FILENAME ":" stack[1] ": control without .accessibilityLabel"; bad++
    for (i = 1; i < n; i++) { stack[i] = stack[i+1]; titles[i] = titles[i+1] }
    n--
  }
}
function check(title, label, line) {
  if (title != "" && label != "" && title != label) {
    print FILENAME ":" line ": label \"" label "\" is not the visible title \"" title "\" (Voice Control); move the rest to .accessibilityHint"
    bad++
  }
}
END { report(); exit bad > 0 }
