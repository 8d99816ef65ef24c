// The chapter's topic named on a card whose subject is "the N" of the chapter's one kind of thing
// (./topic.ts finds the kind in the title, ./name.ts writes it on the card), behind TOPIC_NAMING_ON (./switch.ts, off).
export { chapterTopic, explainTopic, singular, type Topic } from "./topic";
export { explainNaming, nameTopic, type Naming } from "./name";
export { TOPIC_NAMING_ON, topicSwitch } from "./switch";
