// Job: node --conditions=react-server --import tsx scripts/jobs/optimize.ts <jobId>
import { runOptimizeJob } from "@/lib/data/fsrs";
import { runJob } from "./run-job";

runJob("optimize", (id) => runOptimizeJob(id));
