// Stand-in for the `server-only` marker package outside Next's react-server bundle (tests, scripts).
export {};
