// A measure phrase: an amount and a unit of distance or time ("a few yards", "three miles", "some
// hours"). After an intransitive verb it is no object ("the column marched two miles"): the
// question it answers is "How far …?" or "How long …?", never "What did the column march?".
const AMOUNT = String.raw`(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|a hundred|hundreds of|a thousand|thousands of|some|several|many|a few|few|a couple of|half an?|\d[\d,.]*)`;
const DISTANCE = String.raw`(?:inch|inches|foot|feet|yard|yards|rod|rods|pace|paces|step|steps|mile|miles|league|leagues|furlong|furlongs|metre|metres|meter|meters|kilometre|kilometres|kilometer|kilometers|fathom|fathoms)`;
const DURATION = String.raw`(?:second|seconds|minute|minutes|hour|hours|day|days|night|nights|week|weeks|month|months|year|years|season|seasons|century|centuries)`;
const MEASURE = (unit: string) => new RegExp(String.raw`^(?:the\s+)?(?:${AMOUNT}\s+)(?:(?:more|further|long|short|weary|good)\s+)?${unit}(?:\s+(?:more|further|farther|away|off|back|forward|ahead|long|longer))?$`, "i");
const IS_DISTANCE = MEASURE(DISTANCE), IS_DURATION = MEASURE(DURATION);

/** "distance" or "duration" when the phrase is an amount of a unit and nothing else, or null. */
export function measureOf(phrase: string): "distance" | "duration" | null {
  const p = phrase.trim().replace(/[.,;:]+$/, "");
  if (IS_DISTANCE.test(p)) return "distance";
  if (IS_DURATION.test(p)) return "duration";
  return null;
}
