import type { Migration } from "kysely/migration";

import * as m0001 from "./0001_foundation.ts";
import * as m0002 from "./0002_intake.ts";
import * as m0003 from "./0003_application.ts";
import * as m0004 from "./0004_coordination.ts";
import * as m0005 from "./0005_area_index.ts";
import * as m0006 from "./0006_administration.ts";
import * as m0007 from "./0007_account_security.ts";
import * as m0008 from "./0008_mail_secrets.ts";
import * as m0009 from "./0009_case_path.ts";
import * as m0010 from "./0010_lists.ts";
import * as m0012 from "./0012_index_geometric_shifted.ts";
import * as m0013 from "./0013_lies_in_area.ts";
import * as m0014 from "./0014_register_area.ts";
import * as m0015 from "./0015_area_outline.ts";
import * as m0016 from "./0016_process_phase_history.ts";
import * as m0017 from "./0017_dialogue.ts";
import * as m0018 from "./0018_actor_mapping.ts";
import * as m0019 from "./0019_activity_submission.ts";
import * as m0021 from "./0021_process_themes.ts";
import * as m0022 from "./0022_efforts.ts";
import * as m0023 from "./0023_follow_up_foundation.ts";
import * as m0025 from "./0025_execution.ts";
import * as m0026 from "./0026_checkins.ts";
import * as m0027 from "./0027_results.ts";
import * as m0028 from "./0028_learning.ts";
import * as m0029 from "./0029_viewpoint_language.ts";

/**
 * Every migration, in order. A static list (not a folder scan) so the same list works in the
 * bundled server, in `npm run db:migrate` and in tests.
 */
export const migrations: Record<string, Migration> = {
  "0001_foundation": m0001,
  "0002_intake": m0002,
  "0003_application": m0003,
  "0004_coordination": m0004,
  "0005_area_index": m0005,
  "0006_administration": m0006,
  "0007_account_security": m0007,
  "0008_mail_secrets": m0008,
  "0009_case_path": m0009,
  "0010_lists": m0010,
  "0012_index_geometric_shifted": m0012,
  "0013_lies_in_area": m0013,
  "0014_register_area": m0014,
  "0015_area_outline": m0015,
  "0016_process_phase_history": m0016,
  "0017_dialogue": m0017,
  "0018_actor_mapping": m0018,
  "0019_activity_submission": m0019,
  "0021_process_themes": m0021,
  "0022_efforts": m0022,
  "0023_follow_up_foundation": m0023,
  "0025_execution": m0025,
  "0026_checkins": m0026,
  "0027_results": m0027,
  "0028_learning": m0028,
  "0029_viewpoint_language": m0029,
};
