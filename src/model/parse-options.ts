/** The part of the configuration that shapes the model (and so belongs in the cache key). */
export interface ParseOptions {
  /** Extra severity spellings mapped to a level, e.g. `{ "P0": 1, "Critical": 1 }`. */
  severityAliases: Record<string, number>;
  /**
   * Regular expression source for incident ids (`INC-YYYY-MMDD-NNN` by default). A config's pattern
   * is refused when it could backtrack catastrophically (`src/config/safe-pattern.ts`).
   */
  incidentIdPattern: string;
  /**
   * Header spellings that identify each action-item column (case-insensitive); in list items the
   * same words label inline fields (`Owner: @sre`, `DRI: @db`, `Priority: P1`).
   */
  actionItemColumns: ActionItemColumns;
}

export interface ActionItemColumns {
  id: string[];
  action: string[];
  owner: string[];
  deadline: string[];
  status: string[];
  priority: string[];
  type: string[];
}

export const DEFAULT_INCIDENT_ID_PATTERN = '^INC-\\d{4}-\\d{4}-\\d{3}$';

export const DEFAULT_ACTION_ITEM_COLUMNS: ActionItemColumns = {
  id: ['ID', '#', 'Ticket', 'Ticket #', 'Issue', 'Issue #'],
  action: [
    'Action',
    'Action Item',
    'Description',
    'Task',
    'Item',
    'Solution',
    'Remediation',
    'Follow-up',
    'Next Step',
  ],
  owner: ['Owner', 'Owners', 'Assignee', 'Assigned To', 'Responsible', 'Owning Team', 'Who', 'DRI'],
  deadline: ['Deadline', 'Due', 'Due Date', 'Target Date', 'ETA'],
  status: ['Status', 'State', 'Progress', 'Outcome', 'Completed', 'Done', 'Resolved'],
  priority: ['Priority', 'Prio'],
  type: ['Type', 'Action Type', 'Kind'],
};

export const DEFAULT_PARSE_OPTIONS: ParseOptions = {
  severityAliases: {},
  incidentIdPattern: DEFAULT_INCIDENT_ID_PATTERN,
  actionItemColumns: DEFAULT_ACTION_ITEM_COLUMNS,
};
