/** At or above this the IVR connects without asking "did you mean …?". */
export const CONFIDENT = 0.7;
