// Preloaded into every job process the worker starts (node --import). A job must never outlive the
// worker that leased it: if the worker dies (even by kill -9), the IPC channel closes and the job
// exits, so the retry that another worker picks up later is the only copy running.
if (process.send) {
  process.on("disconnect", () => process.exit(137));
  process.channel?.unref();
}
