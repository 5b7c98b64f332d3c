/** The page `/` serves until a web UI is built into `web/dist`. */
export const PLACEHOLDER_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>sitrep</title></head>
<body>
<h1>sitrep</h1>
<p>The web UI is coming. Meanwhile the JSON API is here: try <a href="/api/events">/api/events</a>,
<a href="/api/timeline">/api/timeline</a>, <a href="/api/network">/api/network</a>, or read
<a href="/openapi.json">/openapi.json</a>.</p>
</body></html>
`;
