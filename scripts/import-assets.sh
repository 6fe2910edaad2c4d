#!/usr/bin/env bash
# Re-imports the bundled fonts and icons from npm, so that the committed assets are never a
# mystery: run it, then `git diff --stat` shows whether anything changed upstream.
# Needs node/npm; the Noto faces for Greek, Cyrillic, Arabic and Hebrew (scripts/import-fonts.sh,
# run at the end) also need hb-subset, hb-shape and fontTools (Debian: libharfbuzz-bin, fonttools).
# Writes into src/Doctoury.Graphics/Assets/.
set -euo pipefail
FONT_PKG="@expo-google-fonts/atkinson-hyperlegible@0.4.1"
ICON_PKG="@iconify-json/healthicons@1.2.13"
# Titles, categories and tags for searching the icons by meaning ("house" finds "home").
META_PKG="healthicons@2.0.0"

root=$(cd "$(dirname "$0")/.." && pwd)
assets="$root/src/Doctoury.Graphics/Assets"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

cd "$work"
npm pack --silent "$FONT_PKG" "$ICON_PKG" "$META_PKG" >/dev/null
mkdir fonts icons meta
tar xzf expo-google-fonts-atkinson-hyperlegible-*.tgz -C fonts
tar xzf iconify-json-healthicons-*.tgz -C icons
tar xzf healthicons-2.*.tgz -C meta

mkdir -p "$assets/Fonts" "$assets/Icons"
for face in 400Regular 400Regular_Italic 700Bold 700Bold_Italic; do
  cp "fonts/package/$face/AtkinsonHyperlegible_$face.ttf" "$assets/Fonts/"
done
cp fonts/package/LICENSE_FONT "$assets/Fonts/OFL.txt"
cp icons/package/icons.json "$assets/Icons/healthicons.json"
cp icons/package/info.json "$assets/Icons/healthicons-info.json"
# Only what search needs, keyed by the bundled names (underscores become hyphens); the
# 'dhis2:' tags are catalogue codes, not words anyone searches for.
node -e '
const meta = require("./meta/package/public/icons/meta-data.json");
const rows = meta.map(m => ({ name: m.id.replace(/_/g, "-"), title: m.title, category: m.category,
  tags: m.tags.filter(t => !t.includes(":")) })).sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
process.stdout.write(JSON.stringify(rows, null, 0).replace(/\},\{/g, "},\n{") + "\n");
' > "$assets/Icons/healthicons-meta.json"

# The icon package names its licence (MIT, Resolve to Save Lives) but ships no licence text.
cat > "$assets/Icons/LICENSE.txt" <<'LICENSE'
MIT License

Copyright (c) 2020 Resolve to Save Lives

Permission is hereby granted, free of charge, to any person obtaining a copy
of this software and associated documentation files (the "Software"), to deal
in the Software without restriction, including without limitation the rights
to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
copies of the Software, and to permit persons to whom the Software is
furnished to do so, subject to the following conditions:

The above copyright notice and this permission notice shall be included in all
copies or substantial portions of the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE
SOFTWARE.
LICENSE

# Start-up reads where each icon lies from this index instead of scanning the 3 MB JSON.
(cd "$root" && DOCTOURY_ACCEPT_SNAPSHOTS=1 dotnet test tests/Doctoury.Graphics.Tests --filter IconSetIndexTests >/dev/null)

echo "imported $FONT_PKG, $ICON_PKG and $META_PKG into src/Doctoury.Graphics/Assets"

"$root/scripts/import-fonts.sh"
