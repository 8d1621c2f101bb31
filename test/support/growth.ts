/**
 * The largest time ratio a linear step may show when its input doubles. Linear work doubles the
 * time (2×) and quadratic work quadruples it (4×); 3× lies between them, with room for the noise of
 * test workers sharing the machine's two cores.
 */
export const LINEAR_GROWTH = 3;
