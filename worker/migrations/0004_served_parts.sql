-- Each summary's served parts, made once when it is stored, so a roll-up adds numbers instead of reading every group's cells again.

-- The group's perturbed parts of every table (core/rollup.ts, encodeParts): little-endian 32-bit
-- integers. NULL for summaries stored before: a roll-up then serves them from their cells.
ALTER TABLE summaries ADD COLUMN served BLOB;
-- The report shape the parts were made for (core/reports/summary-shape.ts, shapeSignature).
ALTER TABLE summaries ADD COLUMN shape_sig TEXT;
-- The group's villages when the parts were made (JSON array): the parts' village positions.
ALTER TABLE summaries ADD COLUMN villages TEXT;
