// Writes Cldr48.json: what ICU says for the languages the library has words for, so the tests
// can check the hand-written tables on any machine. Run with a Node whose ICU carries the CLDR
// version named in the output (Node 20 with ICU 78.2 carries CLDR 48):
//   node tests/Doctoury.Graphics.Tests/Fixtures/cldr48.mjs > tests/Doctoury.Graphics.Tests/Fixtures/Cldr48.json
const tags = ["ar", "de", "en", "es", "fr", "he", "it", "pl", "pt", "pt-PT", "ru", "tr"];
const counts = [...Array(201).keys(), 1000, 1001, 1011, 1012, 1100, 100000, 1000000, 2000000, 1000001, 21000000, 1000000000];
const short = { zero: "z", one: "o", two: "t", few: "f", many: "m", other: "x" };
const plurals = Object.fromEntries(tags.map(t => {
  const rules = new Intl.PluralRules(t);
  return [t, counts.map(n => short[rules.select(n)]).join("")];
}));
const itemSets = [
  ["A", "B"], ["A", "B", "C"], ["A", "B", "C", "D"],
  ["Beneficios", "Indicaciones"], ["Riesgos", "hielo"], ["Riesgos", "hijo"], ["Riesgos", "Hiato"], ["Riesgos", "IRM"],
  ["יתרונות", "שימושים", "אתגרים"], ["יתרונות", "CAR-T"], ["יתרונות", "3 שבועות"],
  ["الفوائد", "التطبيقات", "التحديات"],
];
const listTags = [...tags, "en-US", "en-GB", "en-AU", "en-CA", "en-IN", "en-PH", "es-MX"];
const lists = listTags.map(t => ({ tag: t, cases: itemSets.map(items => ({ items, list: new Intl.ListFormat(t, { type: "conjunction" }).format(items) })) }));
const digitTags = ["ar", "ar-AE", "ar-DZ", "ar-EG", "ar-IQ", "ar-JO", "ar-LB", "ar-MA", "ar-SA", "ar-TN", "ar-YE", "ar-SA-u-nu-latn", "ar-u-nu-arab", "ar-EG-u-nu-latn", "en-u-nu-arabext", "he", "he-IL", "ru", "tr", "fa"];
const digits = Object.fromEntries(digitTags.map(t => [t, new Intl.NumberFormat(t).resolvedOptions().numberingSystem]));
const json = JSON.stringify({ icu: process.versions.icu, cldr: process.versions.cldr, counts, plurals, lists, digits }, null, 1);
console.log(json.replace(/\[\s*([^\[\]{}]*?)\s*\]/g, (_, inner) => "[" + inner.split(/,\s*/).join(", ") + "]"));
