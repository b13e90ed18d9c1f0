#!/usr/bin/env bash
# Keep desk's Qt translations current: update every resources/translations/desk_*.ts from
# the messages marked for translation anywhere in desk/ (staff screens, kiosk, forms, and
# outside desk/ui the command line's messages, the printed pages' words and the core's errors,
# read by desk/words.py), build each .qm beside it, and list the messages that still need a
# translation.
#
#   scripts/translations.sh     # exit status 1 while a message is untranslated
#
# English is the source language: desk_en.ts holds only its plural forms (-pluralonly).
# Messages gone from the code are dropped (-no-obsolete); no line numbers are kept
# (-locations none), so moving code does not change the files.
set -euo pipefail
cd "$(dirname "$0")/.."
bin=.venv/bin

mapfile -t sources < <(find desk -name '*.py' -not -path '*/__pycache__/*' | sort)
for ts in resources/translations/desk_*.ts; do
  plural=()
  [ "$(basename "$ts")" = desk_en.ts ] && plural=(-pluralonly)
  .venv/qt-tools/PySide6/lupdate -silent -locations none -no-obsolete "${plural[@]}" \
    "${sources[@]}" -ts "$ts"
  "$bin/pyside6-lrelease" -silent "$ts" -qm "${ts%.ts}.qm"
done

"$bin/python" - resources/translations/desk_*.ts <<'PY'
import sys
import xml.etree.ElementTree as ET

missing = 0
for path in sys.argv[1:]:
    for context in ET.parse(path).getroot().iter("context"):
        for message in context.iter("message"):
            found = message.find("translation")
            if found is None or found.get("type") == "unfinished":
                missing += 1
                print(f"{path}: {context.findtext('name')}: {message.findtext('source')!r}")
if missing:
    sys.exit(f"{missing} message(s) still need a translation: translate them (pyside6-linguist"
             " or by hand, removing type=\"unfinished\"), then run this again.")
print("Every message is translated; the .qm files are built.")
PY
