/** The sizes a process diagram is laid out and drawn with: the layout (Node) and the page share them. */

/** Width of a step box. */
export const STEP_W = 220;
/** Font size inside boxes. */
export const NODE_FONT = 14;
/** Height of a line of a box's name. */
export const LINE_H = 19;
/** Height of a line of a box's second text (set at NODE_FONT − 1). */
export const META_LINE_H = LINE_H - 1;
/** Padding of the whole diagram, each side. */
export const DIAGRAM_PAD = 12;
/** Padding of a parallel block and of each of its branches, left and right (the top leaves room for the name). */
export const CONTAINER_PAD_X = 14;
/**
 * The widest a diagram is laid out when it can be drawn narrower (layout.ts wraps its parallel blocks'
 * branches into rows): the width the narrowest slide shows whole with its smallest text (NODE_FONT − 1,
 * a step's second text and an edge's label) at 14 px on screen. A 1024×768 projector gives a stacked
 * diagram 945 px (1024 less main's 32 px either side and the 15 px scrollbar gutter, web/src/styles.css),
 * 877 units at 14/13 px a unit; less the panel's 12 px padding and getBounds' 4 px margin either side
 * (web/src/views/process-fit.ts, process-draw.ts), 845.
 */
export const SLIDE_DIAGRAM_W = 845;
