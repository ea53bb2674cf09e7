# Heuristic: every control (Button, Toggle, Picker, DatePicker, Slider, TextField,
# SecureField, NavigationLink, ShareLink, Stepper, Menu, Link) needs an
# .accessibilityLabel(...) within the next 40 lines; each label answers the most recent
# control still waiting for one.
FNR == 1 { report(); n = 0 }
function report(   i) { for (i = 1; i <= n; i++) { print FILENAME0 ":" stack[i] ": control without .accessibilityLabel"; bad++ } n = 0 }
{
  FILENAME0 = FILENAME
  code = $0; sub(/\/\/.*/, "", code)
  opens = (code ~ /(^|[^A-Za-z_.])(Button|Toggle|Picker|DatePicker|Slider|TextField|SecureField|NavigationLink|ShareLink|Stepper|Menu|Link)[ ]*(\(|\{)/)
  labels = (code ~ /\.accessibilityLabel\(/)
  if (opens && labels) next
  if (opens) stack[++n] = FNR
  else if (labels && n > 0) n--
  if (n > 0 && FNR - stack[1] > 40) { print FILENAME ":" stack[1] ": control without .accessibilityLabel"; bad++; for (i = 1; i < n; i++) stack[i] = stack[i+1]; n-- }
}
END { report(); exit bad > 0 }
