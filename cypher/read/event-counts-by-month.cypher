// How many dated events fall in each month, for the timeline's histogram, oldest first. A
// year-only date counts in its January (as web/features/timeline/lib/histogram.ts does).
MATCH (e:Event)
WHERE e.date IS NOT NULL
WITH CASE WHEN size(e.date) = 4 THEN e.date + '-01' ELSE substring(e.date, 0, 7) END AS month
RETURN month, count(*) AS count
ORDER BY month
