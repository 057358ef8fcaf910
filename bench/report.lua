-- wrk prints one machine-readable line at the end of a run, which bench/run.sh turns into the table:
-- RESULT requests seconds bytes errors p50_ms p95_ms p99_ms max_ms
-- errors are failed connections, reads, writes and timeouts plus answers that were not 2xx or 3xx.
-- With BENCH_COOKIES naming a file of Cookie headers, one a line, the requests take them in turn: many visitors,
-- each with a session of their own.
local cookies = {}
local file = os.getenv("BENCH_COOKIES")
if file then
    for line in io.lines(file) do
        cookies[#cookies + 1] = line
    end
    local turn = 0
    request = function()
        turn = turn % #cookies + 1
        return wrk.format(nil, nil, { Cookie = cookies[turn] })
    end
end

done = function(summary, latency, requests)
    local e = summary.errors
    io.write(string.format("RESULT %d %.3f %d %d %.2f %.2f %.2f %.2f\n",
        summary.requests, summary.duration / 1e6, summary.bytes,
        e.connect + e.read + e.write + e.timeout + e.status,
        latency:percentile(50) / 1000, latency:percentile(95) / 1000,
        latency:percentile(99) / 1000, latency.max / 1000))
end
