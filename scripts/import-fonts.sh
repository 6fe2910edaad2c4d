#!/usr/bin/env bash
# Imports the Noto faces for the scripts Atkinson Hyperlegible lacks (Greek, Cyrillic, Arabic,
# Hebrew), cuts each down with hb-subset to its own script, and checks the result: coverage of
# every letter of the languages we promise, and that a subset shapes exactly like the full font.
# Called by import-assets.sh; runs alone too.
#
# Needs npm, hb-subset and hb-shape (Debian: libharfbuzz-bin) and fontTools for the check
# (Debian: fonttools). Writes Noto*.ttf and OFL-Noto.txt into src/Doctoury.Graphics/Assets/Fonts.
# The output is deterministic: the same packages and hb-subset give the same bytes.
set -euo pipefail
NOTO_PKG="@expo-google-fonts/noto-sans@0.4.2"
ARABIC_PKG="@expo-google-fonts/noto-sans-arabic@0.4.3"
HEBREW_PKG="@expo-google-fonts/noto-sans-hebrew@0.4.1"
# The hb-subset that wrote the committed files. Another version makes working fonts too, but
# not necessarily the same bytes, so `git diff` would show changes that are not upstream's.
HB_VERSION="6.0.0"

# What each subset keeps (hex code points and ranges; those the font lacks are skipped).
# Noto Sans, cut to Latin (with Vietnamese) + Greek + Cyrillic: Basic Latin, Latin-1, Latin
# Extended-A and -B, Latin Extended Additional (Vietnamese), the combining marks U+0300-036F,
# general punctuation, superscripts and currency signs; Greek, Greek Extended, Cyrillic, Cyrillic
# Supplement, Cyrillic Extended-C, -A and -B, the Ukrainian apostrophe and the numero sign. In the
# default chain Atkinson comes first and keeps the Latin it has; Noto Sans sets what it lacks
# (Vietnamese tone letters, Greek, Cyrillic), and Vietnamese and Greek pictures put it first
# (LanguageProfile.FontChain), so their words are set in one face.
NOTO="0020-007E,00A0-024F,1E00-1EFF,0300-036F,2010-2027,2030-205E,2070-209F,20A0-20C0,2116,2122"
NOTO+=",0370-03FF,1F00-1FFF,0400-052F,1C80-1C8F,2DE0-2DFF,A640-A69F,02BC,02C6-02DD"
# Arabic, Arabic Supplement, Arabic Extended-A, Presentation Forms-B, the Persian and Urdu
# letters of Presentation Forms-A (FB50-FBFF), its ornate parentheses and the rial sign ﷼,
# the Arabic letter mark, ZWNJ, ZWJ, LRM and RLM. Left out: the ~600 compatibility ligatures
# U+FC00-FDFB (no keyboard types them; they would add ~45 KB per weight).
ARABIC="0600-06FF,0750-077F,08A0-08FF,FB50-FBFF,FD3E-FD3F,FDFC,FE70-FEFF,061C,200C-200F"
# Hebrew, Hebrew presentation forms (letters with dagesh, shin dots...), the sheqel sign,
# ZWNJ, ZWJ, LRM and RLM.
HEBREW="0590-05FF,FB1D-FB4F,20AA,200C-200F"

root=$(cd "$(dirname "$0")/.." && pwd)
fonts="$root/src/Doctoury.Graphics/Assets/Fonts"

for tool in npm hb-subset hb-shape; do
  command -v "$tool" >/dev/null || { echo "$tool is required (hb-*: apt-get install libharfbuzz-bin)" >&2; exit 1; }
done
python=""
for py in python3 /usr/bin/python3; do
  if command -v "$py" >/dev/null && "$py" -c 'import fontTools' 2>/dev/null; then python=$py; break; fi
done
[ -n "$python" ] || { echo "fontTools is required for the check (apt-get install fonttools)" >&2; exit 1; }
hb=$(hb-subset --version | head -n1 | awk '{print $NF}')
[ "$hb" = "$HB_VERSION" ] || echo "warning: hb-subset $hb, the committed files were made with $HB_VERSION" >&2

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
npm pack --silent "$NOTO_PKG" "$ARABIC_PKG" "$HEBREW_PKG" >/dev/null
mkdir noto arabic hebrew
tar xzf expo-google-fonts-noto-sans-[0-9]*.tgz -C noto
tar xzf expo-google-fonts-noto-sans-arabic-*.tgz -C arabic
tar xzf expo-google-fonts-noto-sans-hebrew-*.tgz -C hebrew

# Layout: hb-subset's default feature set, which is every feature HarfBuzz applies on its own
# (ccmp, locl, init/medi/fina, rlig, liga, calt, kern, mark, mkmk, dist...), with the glyphs they
# reach. Optional features nobody asks for (smcp, c2sc, salt, ss04..., tnum, pnum, dlig, aalt)
# and their glyphs are dropped. All name records are kept (copyright, licence, version). The
# fonts carry no real hinting (a 'prep' table only), so there is nothing to drop. The .notdef
# box keeps its outline, as upstream: a character no face has shows as a box, not as nothing.
subset() { # source unicodes output
  hb-subset --name-IDs='*' --name-languages='*' --notdef-outline --unicodes="$2" --output-file="$3" "$1"
}
mkdir out
for face in 400Regular 700Bold; do
  subset "noto/package/$face/NotoSans_$face.ttf" "$NOTO" "out/NotoSans-Subset_$face.ttf"
  subset "arabic/package/$face/NotoSansArabic_$face.ttf" "$ARABIC" "out/NotoSansArabic_$face.ttf"
  subset "hebrew/package/$face/NotoSansHebrew_$face.ttf" "$HEBREW" "out/NotoSansHebrew_$face.ttf"
  # Deterministic: a second run must give the same bytes.
  subset "arabic/package/$face/NotoSansArabic_$face.ttf" "$ARABIC" again.ttf
  cmp -s again.ttf "out/NotoSansArabic_$face.ttf" || { echo "hb-subset is not deterministic" >&2; exit 1; }
done

# One OFL text for the three Noto families: their LICENSE_FONT files differ only in the
# copyright line.
for pkg in noto arabic hebrew; do
  tail -n +2 "$pkg/package/LICENSE_FONT" > "$pkg.body"
  cmp -s noto.body "$pkg.body" || { echo "the Noto licence texts differ beyond the copyright line" >&2; exit 1; }
done
{
  for pkg in noto arabic hebrew; do head -n 1 "$pkg/package/LICENSE_FONT"; done
  cat noto.body
} > out/OFL-Noto.txt

"$python" - out noto arabic hebrew <<'PY'
"""Checks the subsets: licence and embedding bits, the letters of each language, and shaping."""
import json, subprocess, sys
from fontTools.ttLib import TTFont

out, noto, arabic, hebrew = sys.argv[1:]
failures = []

def chars(*parts):
    s = set()
    for p in parts:
        if isinstance(p, tuple):
            s.update(chr(c) for c in range(p[0], p[1] + 1))
        else:
            s.update(p)
    return s

ru = "АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ"
uk = "АБВГҐДЕЄЖЗИІЇЙКЛМНОПРСТУФХЦЧШЩЬЮЯ"
sr_mk_be = "ЂЈЉЊЋЏЃЅЌЎ"
el = "ΑΒΓΔΕΖΗΘΙΚΛΜΝΞΟΠΡΣΤΥΦΧΨΩΆΈΉΊΌΎΏΪΫ"
el_lower = "άέήίόύώϊϋΐΰς\u037E\u0387\u0384\u0385"
vi = "ĂÂĐÊÔƠƯăâđêôơư" + "".join(chr(c) for c in range(0x1EA0, 0x1EFA))
latin_extra = "İıĹĺĽľŔŕŞşȘșȚțŐőŰűĞğ"
cyrillic_greek = chars(ru, ru.lower(), uk, uk.lower(), sr_mk_be, sr_mk_be.lower(), el, el.lower(),
                       el_lower, "ʼ№", vi, latin_extra, (0x20, 0x7E))
arabic_letters = chars((0x0621, 0x063A), (0x0641, 0x064A), (0x064B, 0x0652), (0x0660, 0x0669),
                       (0x06F0, 0x06F9), "ٰـ،؛؟٪٫٬",
                       "پچژگکیےٹڈڑںھہۀۃ",      # Persian, Urdu
                       "ټډړږښځڅګڼۍې")          # Pashto
hebrew_letters = chars((0x05D0, 0x05EA), (0x05B0, 0x05BC), "\u05C1\u05C2\u05C7\u05BF\u05BE׳״₪")
checks = {
    "NotoSans-Subset": (noto + "/package/{face}/NotoSans_{face}.ttf", cyrillic_greek,
        ["больница", "лікарня", "Ґанок", "її", "ђак", "е\u0308ж", "молоко\u0301", "νοσοκομείο",
         "Ἀθῆναι", "ᾨδή", "α\u0301ι\u0308", "Bệnh viện", "xét nghiệm máu", "Tiếng Việt", "İstanbul",
         "e\u0302\u0301"], ["", "ru", "uk", "sr", "bg", "el", "vi", "tr"]),
    "NotoSansArabic": (arabic + "/package/{face}/NotoSansArabic_{face}.ttf", arabic_letters,
        ["مستشفى", "الصيدلية", "مُسْتَشْفَى", "لا", "للّه", "پزشک", "بیمارستان", "ڈاکٹر",
         "ہسپتال", "ٹیکہ", "ژگچ", "ںےھ", "۱۲۳", "١٢٣", "ـبـ", "ب\u200dب", "ب\u200cب", "می\u200cخواهم"],
        ["", "ar", "fa", "ur", "ps"]),
    "NotoSansHebrew": (hebrew + "/package/{face}/NotoSansHebrew_{face}.ttf", hebrew_letters,
        ["בֵּית", "חוֹלִים", "שָׁלוֹם", "רוֹפֵא", "שׂ", "בּ", "כָּךְ", "ךםןףץ"], ["", "he"]),
}

def outline(font, gid):
    """A glyph as drawn: flattened points and advance, independent of glyph numbering."""
    name = font.getGlyphOrder()[gid]
    coords, ends, flags = font["glyf"][name].getCoordinates(font["glyf"])
    return (tuple(map(tuple, coords)), tuple(ends), bytes(flags), font["hmtx"][name][0])

def shape(path, font, text, lang):
    args = ["hb-shape", "--no-glyph-names", "--output-format=json", path, text]
    if lang:
        args.insert(1, "--language=" + lang)
    glyphs = json.loads(subprocess.run(args, capture_output=True, text=True, check=True).stdout)
    drawn = [(outline(font, g["g"]), g["cl"], g["dx"], g["dy"], g["ax"], g["ay"]) for g in glyphs]
    # HarfBuzz hides ZWJ and ZWNJ as a zero-width space glyph where the font has a space, and
    # drops them where it has none (the subsets, which leave spaces to Atkinson), merging their
    # cluster into the next one: the same drawing either way, so only the drawing is compared.
    if "\u200c" in text or "\u200d" in text:
        return [d[:1] + d[2:] for d in drawn if d[0][0] or any(d[2:])]
    return drawn

for name, (source, letters, words, langs) in checks.items():
    for face in ("400Regular", "700Bold"):
        path = f"{out}/{name}_{face}.ttf"
        full_path = source.format(face=face)
        sub, full = TTFont(path), TTFont(full_path)
        cmap = sub.getBestCmap()
        if sub["OS/2"].fsType != 0:
            failures.append(f"{path}: fsType {sub['OS/2'].fsType}")
        copyright = sub["name"].getDebugName(0) or ""
        if "Reserved Font Name" in copyright or "SIL Open Font License" not in (sub["name"].getDebugName(13) or ""):
            failures.append(f"{path}: copyright or licence record changed")
        missing = sorted(c for c in letters if ord(c) not in cmap)
        if missing:
            failures.append(f"{path}: missing {' '.join(missing)}")
        latin = [hex(c) for c in cmap if c < 0x2B0 or 0x1E00 <= c <= 0x1EFF]
        if latin and name != "NotoSans-Subset":
            failures.append(f"{path}: has Latin {latin}")
        differ = [f"'{word}' ({lang or 'no language'})" for word in words for lang in langs
                  if shape(path, sub, word, lang) != shape(full_path, full, word, lang)]
        if differ:
            failures.append(f"{path}: shapes unlike the full font: {', '.join(differ)}")
        print(f"{name}_{face}.ttf: {len(cmap)} code points, {len(sub.getGlyphOrder())} glyphs, "
              f"{sub['name'].getDebugName(5)}; {len(letters) - len(missing)}/{len(letters)} letters, "
              f"{len(words) - len({d.split(chr(39))[1] for d in differ})}/{len(words)} words shaped "
              f"like the full font")

if failures:
    print("\n".join(failures), file=sys.stderr)
    sys.exit(1)
PY

cp out/*.ttf out/OFL-Noto.txt "$fonts/"
echo "imported $NOTO_PKG, $ARABIC_PKG and $HEBREW_PKG (subset with hb-subset $hb) into src/Doctoury.Graphics/Assets/Fonts"
