-- The W3C traceparent of the call that enqueued a job, so its run joins
-- that trace (set only while traces are exported).
ALTER TABLE jobs ADD COLUMN traceparent text CHECK (length(traceparent) <= 55);
