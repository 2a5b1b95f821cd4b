/** The sizes a process diagram is laid out and drawn with: the layout (Node) and the page share them. */

/** Width of a step box. */
export const STEP_W = 220;
/** Font size inside boxes. */
export const NODE_FONT = 14;
/** Height of a line of a box's name. */
export const LINE_H = 19;
/** Height of a line of a box's second text (set at NODE_FONT − 1). */
export const META_LINE_H = LINE_H - 1;
