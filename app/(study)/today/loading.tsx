// Loading states live only on pages without ids in their path: a loading boundary starts the
// response (status 200) before the page runs, so a page that finds someone else's id could no
// longer answer 404. Pages under /decks/[id], /classes/[id], /import/[id] and /review therefore
// render before anything is sent.
export { LoadingState as default } from "@/components/ui/loading";
