-- Every request a new address, so that no kept page answers and each one is searched and rendered: what a reader
-- asking something new costs. The same question as the "search" address, for the same bytes to compare with.
-- Each address names the time its run started, so that no run asks what an earlier one (the warm-up) asked.
-- Reports like report.lua.
dofile("bench/report.lua")

local run = os.time() .. "-" .. math.floor(os.clock() * 1000000)
local counter = 0
request = function()
    counter = counter + 1
    return wrk.format("GET", wrk.path .. "-" .. run .. "-" .. counter .. "-" .. math.random(1000000000))
end
