// Invented chapters for the narrator tests: a memoir told in the first person, an essay whose "I"
// only frames a claim now and then, and the memoir's story told in the third person.

export const MEMOIR = [
  "In the spring of 1871 I left the ferry at Lisk and walked north to the mill at Orra.",
  "My mother had kept the ferry for twenty years, and she did not want me to go.",
  "I carried a small bundle of clothes and a loaf of bread that my brother had baked.",
  "The road over the Vennel hills was long, and I slept two nights in a barn near Tarn.",
  "On the third day I reached the mill, where the miller, a man named Oskar Brand, gave me work as a sweeper.",
  "I earned four shillings a week, and I sent half of it home to my mother.",
  "The work was hard, but I learned the trade of milling in two winters.",
  "Brand taught me how to dress a millstone and how to judge the grain by its smell.",
  "I had never been to a school, and in the evenings I studied the letters from an old almanac.",
  "Brand's wife, a teacher from the coast, lent me her books and corrected my spelling.",
  "By the autumn of 1873 I could read the weekly paper from Orra aloud to the other workers.",
  "I remember that the first article I read to them was about the new railway to Lisk.",
  "The railway opened in 1875, and it ruined the ferry my mother had kept.",
  "I went home that summer and found the landing empty and the boat sold.",
  "My mother had moved to Tarn, where my brother worked in the tannery.",
  "I stayed with them for a month and helped my brother mend the tannery roof.",
  "When I returned to Orra, Brand offered me the post of foreman.",
  "I accepted it, and I held that post for eleven years.",
  "In 1886 I bought the old granary beside the river and turned it into a school for the mill children.",
  "I taught there every evening, and Brand's wife taught there on Sundays.",
  "The school had thirty pupils by 1890, and I hired two teachers from the coast.",
  "I have often thought that the lessons I learned in the mill were worth more than any book.",
  "My brother still laughs at the almanac I carried everywhere in those years.",
  "I kept it, and it stands today on the shelf above my desk.",
].join(" ");

export const ESSAY = [
  "A mill turns the force of falling water into the motion of a stone.",
  "The water falls onto a wheel, and the wheel turns a shaft that runs into the mill house.",
  "Gears on the shaft change the slow turning of the wheel into the fast turning of the stone.",
  "The miller sets the gap between the two stones, and the gap decides how fine the flour will be.",
  "A gap that is too narrow burns the flour, and a gap that is too wide leaves it coarse.",
  "I think that the setting of the stones is the whole art of milling.",
  "The stones themselves are cut with grooves, called furrows, that carry the meal to the edge.",
  "The furrows wear down as the stones turn, and the miller must dress them again every few weeks.",
  "Dressing a stone means cutting the furrows afresh with a steel pick.",
  "A good miller can judge the grain by its smell and by the feel of the meal between his fingers.",
  "Wet grain clogs the furrows, and dry grain makes a fine dust that can catch fire.",
  "The mill house therefore has wide doors and high windows that let the dust escape.",
  "Mills stood on rivers for centuries before steam engines freed them from the water.",
  "A steam mill can stand anywhere that coal can reach, and it can work in a dry summer.",
  "The railway brought coal to towns that had no river, and steam mills grew up beside the stations.",
  "The small water mills lost their trade to the steam mills within a generation.",
  "I believe the change was faster in the valleys than on the coast.",
  "The coast had harbours, and ships brought grain to the great mills at the ports.",
  "The valleys had only their rivers, and their mills closed one by one.",
  "A closed mill often became a granary, a school or a workshop.",
  "The wheel was usually sold for scrap, but the stones were often left where they lay.",
  "Many of those stones can still be found in the grass beside the old mill races.",
  "The furrows on them show how each miller dressed his stones.",
  "The pattern of the furrows differs from valley to valley, and a trained eye can tell where a stone was cut.",
].join(" ");

export const THIRD_PERSON = MEMOIR.replace(/\bI\b/g, "Tamsin").replace(/\bmy\b/g, "her").replace(/\bMy\b/g, "Her").replace(/\bme\b/g, "her");

/** The memoir's sentences as the speech of a third-person story's heroine: every "I" inside quotation marks. */
export const QUOTED = MEMOIR.split(/(?<=\.) /).map((s, i) => (i % 2 ? `"${s}" Tamsin said.` : `Tamsin said, "${s}"`)).join(" ");

/** The essay with "I think that" before every third sentence: an essayist's frame, not a narration. */
export const FRAMED_ESSAY = ESSAY.split(/(?<=\.) /).map((s, i) => (i % 3 ? s : `I think that ${s.charAt(0).toLowerCase()}${s.slice(1)}`)).join(" ");
