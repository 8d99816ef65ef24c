import { analyse } from "../tests/unit/cards/pipeline/helpers";
for (const t of process.argv.slice(2)) console.log(analyse(t).sentences[0].tokens.map((x) => `${x.text}/${x.pos}/${x.lemma}`).join(" "));
