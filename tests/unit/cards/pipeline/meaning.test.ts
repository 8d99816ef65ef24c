// A term's meaning stated by a verb of meaning or defining (candidates/meaning.ts): invented sentences only.
import { describe, expect, it } from "vitest";
import { gate } from "@/lib/cards/gates";
import { meaningCandidates } from "@/lib/cards/candidates/meaning";
import { analyse } from "./helpers";

const raw = (text: string) => {
  const a = analyse(text);
  return a.sentences.flatMap((s) => meaningCandidates(s).map((c) => ({ c, dropped: gate(c, a) })));
};
const shown = (text: string) => raw(text).filter((x) => !x.dropped).map(({ c }) => [c.front, c.back]);
const any = (text: string) => raw(text).map(({ c }) => [c.front, c.back]);

describe("meaning candidates", () => {
  it("asks the term of a relative 'by which I mean', ending the meaning where the main clause resumes", () => {
    expect(shown("From this it follows that a guild town, by which I mean a town governed by its craft guilds, who elect the aldermen, can admit no stranger to trade.")).toEqual([
      ["What is meant by a guild town?", "A town governed by its craft guilds, who elect the aldermen"],
    ]);
  });

  it("reads 'we understand by X Y' and drops the term's quotation marks", () => {
    expect(shown('Under these rules we understand by the "tonnage" of a ship the weight of water which the hull displaces.')).toEqual([
      ["What is meant by the tonnage of a ship?", "The weight of water which the hull displaces"],
    ]);
  });

  it("reads a mid-sentence 'by X we mean Y' but leaves a sentence that opens with it to claim.ts", () => {
    expect(any("Roads decay, and by a toll-road we mean a road whose upkeep is paid by the carriers, decays slowest.")).toEqual([
      ["What is meant by a toll-road?", "A road whose upkeep is paid by the carriers"],
    ]);
    expect(any("By a toll-road we mean a road whose upkeep is paid by the carriers.")).toEqual([]);
  });

  it("reads 'the definition of X seems to be that of Y', without a concessive aside or the comma before the differentia", () => {
    expect(shown("The usual definition of a canal seems to be that of a channel, in which water, by whatever means it is supplied, stands level for boats.")).toEqual([
      ["What is meant by a canal?", "A channel in which water stands level for boats"],
    ]);
  });

  it("reads 'X may be defined as Y' only when X is a noun phrase, never a pronoun", () => {
    expect(shown("A toll-road may be defined as a road whose upkeep is paid by the carriers who use it.")).toEqual([
      ["What is meant by a toll-road?", "A road whose upkeep is paid by the carriers who use it"],
    ]);
    expect(any("It may be defined as a road whose upkeep is paid by the carriers who use it.")).toEqual([]);
  });

  it("reads 'X; that is, Y' only when Y repeats X's determiner and head noun", () => {
    expect(shown("All merchants recognize the right of passage; that is, the right to cross a province without paying its tolls.")).toEqual([
      ["What is meant by the right of passage?", "The right to cross a province without paying its tolls"],
    ]);
    // A second claim after "that is", not a restatement of the term.
    expect(any("All merchants recognize the right of passage; that is, they cross a province without paying its tolls.")).toEqual([]);
  });

  it("reads 'X, i.e. Y' and takes the inner of-phrase whose head the restatement repeats", () => {
    expect(shown("The first task of the survey is the measurement of the mean depth of the bay, i.e. the depth of water at half tide over its whole floor.")).toEqual([
      ["What is meant by the mean depth of the bay?", "The depth of water at half tide over its whole floor"],
    ]);
    expect(any("The first task of the survey is the measurement of the mean depth of the bay, i.e. a sounding at half tide.")).toEqual([]);
  });

  it("refuses a term that points back and a meaning too short to define anything", () => {
    expect(any("Rivers silt, and this custom, by which I mean the dredging of the channel by the towns below it, is older.")).toEqual([]);
    expect(any("Mapmakers, and a league, by which I mean a mile, were common.")).toEqual([]);
  });

  it("refuses a remark on the definition instead of the definition", () => {
    expect(any("The definition of a harbour is a matter of long dispute among the pilots of the coast.")).toEqual([]);
    expect(any("The definition of a harbour is not the list of its quays and moorings.")).toEqual([]);
    expect(any("The definition of a harbour is one of the oldest questions of maritime law.")).toEqual([]);
  });

  it("asks in the past tense when the author's meaning was stated in the past", () => {
    expect(any("Traders of the coast, by which we meant the pedlars who walked from port to port, paid no dues.")).toEqual([
      ["What was meant by traders of the coast?", "The pedlars who walked from port to port"],
    ]);
  });
});
