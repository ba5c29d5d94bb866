DROP TRIGGER coaching_goals_bump_rollups ON coaching_goals;
DROP TRIGGER coaching_habits_bump_rollups ON coaching_habits;
DROP TRIGGER coaching_check_ins_bump_rollups ON coaching_check_ins;
DROP FUNCTION coaching_rollups_bump();
DROP TABLE coaching_risk_rollups;
DROP TABLE coaching_adherence_rollups;
DROP TABLE coaching_rollup_versions;
