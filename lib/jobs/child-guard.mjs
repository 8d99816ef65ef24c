// Preloaded (node --import) into processes that must not outlive their parent: job processes the
// worker starts, and the app server and worker the launcher supervises. If the parent dies (even
// by kill -9), the child exits too, so a retried job is the only copy running and a relaunch finds
// no stray server holding the port.
//  - With an IPC channel (job processes): exit when it closes.
//  - Otherwise, with LECTERN_GUARD=1: exit once our parent is gone (we are re-parented). Processes
//    Node forks inherit the preload (execArgv), so `next dev`'s server process is guarded too.
if (process.send) {
  process.on("disconnect", () => process.exit(137));
  process.channel?.unref();
} else if (process.env.LECTERN_GUARD === "1") {
  const parent = process.ppid;
  setInterval(() => {
    if (process.ppid !== parent) process.exit(137);
  }, 1000).unref();
}
