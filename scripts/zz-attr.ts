import fs from 'node:fs';
import { analyseArticle } from '../server/extract';

function main() {
  const topics = JSON.parse(fs.readFileSync('data/topics.json', 'utf8'));
  const text = fs.readFileSync(process.argv[2], 'utf8');
  for (const a of analyseArticle(text, process.argv[3] ?? null, topics.measures)) {
    const f = a.figure;
    console.log(JSON.stringify(f.text), `[${f.low},${f.high}]`, f.unit, '|', a.attribution.citation, '|', a.attribution.stance, '|', JSON.stringify(a.asOf), '|', a.measure.measureId, a.measure.confidence.toFixed(2));
  }
}
main();
