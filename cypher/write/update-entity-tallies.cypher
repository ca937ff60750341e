// Entities a batch touched whose united properties stay as they were: only their tally of
// contributions changes, so only it is written.
UNWIND $rows AS row
MATCH (n:Entity {id: row.id})
SET n.contributions = row.contributions, n.contributionCounts = row.contributionCounts
RETURN count(*) AS written
