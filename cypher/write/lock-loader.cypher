// First statement of every loader transaction: takes the write lock of one node, so loaders
// (two cron jobs, a run and its retry) take turns and never read an entity's contributions
// while another transaction is rewriting them. Counting makes it a real write, which locks.
MERGE (l:LoaderLock {id: 'graph'})
SET l.transactions = coalesce(l.transactions, 0) + 1
