import { withoutIntroduction } from "./src/rules/understand/speech.ts";
for (const u of process.argv.slice(2)) console.log(JSON.stringify(u), "=>", JSON.stringify(withoutIntroduction(u)));
