-- wrk script of ops/load.sh: readers going round the addresses listed in the file given after "--",
-- each thread from its own starting point; counts the answers by status class and prints them at the end.

local threads = {}

function setup(thread)
    thread:set("id", #threads)
    table.insert(threads, thread)
end

function init(args)
    paths = {}
    for line in io.lines(args[1]) do
        if line ~= "" then
            paths[#paths + 1] = line
        end
    end
    next_path = id % #paths
    status2xx, status3xx, status4xx, status5xx = 0, 0, 0, 0
end

function request()
    next_path = next_path % #paths + 1
    return wrk.format("GET", paths[next_path])
end

function response(status, headers, body)
    if status >= 500 then
        status5xx = status5xx + 1
    elseif status >= 400 then
        status4xx = status4xx + 1
    elseif status >= 300 then
        status3xx = status3xx + 1
    else
        status2xx = status2xx + 1
    end
end

function done(summary, latency, requests)
    local counts = { status2xx = 0, status3xx = 0, status4xx = 0, status5xx = 0 }
    for _, thread in ipairs(threads) do
        for name, _ in pairs(counts) do
            counts[name] = counts[name] + thread:get(name)
        end
    end
    local errors = summary.errors
    io.write(string.format("requests=%d status2xx=%d status3xx=%d status4xx=%d status5xx=%d socketErrors=%d\n",
        summary.requests, counts.status2xx, counts.status3xx, counts.status4xx, counts.status5xx,
        errors.connect + errors.read + errors.write + errors.timeout))
    io.write(string.format("p50=%.1fms p99=%.1fms\n", latency:percentile(50) / 1000, latency:percentile(99) / 1000))
end
