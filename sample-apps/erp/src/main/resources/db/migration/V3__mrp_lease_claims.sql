-- A claim on a company's MRP lease (tenancy/ReviewedSql): the execution the scheduler restarted, whose lease it
-- claimed for that restart. While it is set, the old holder can renew the lease no more and only the restart can take
-- it (planning/MrpRuns); null when nobody claimed it.
ALTER TABLE erp_mrp_lease ADD COLUMN restart_of BIGINT;
