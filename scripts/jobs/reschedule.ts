// Job: node --conditions=react-server --import tsx scripts/jobs/reschedule.ts <jobId>
// Resumable: run it again with the same job id and it continues after the last committed batch.
import { runRescheduleJob } from "@/lib/data/fsrs";
import { runJob } from "./run-job";

runJob("reschedule", (id) => runRescheduleJob(id));
