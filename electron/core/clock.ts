/** Time as the core sees it: a seam so tests can move it. The shape is shared with the relay. */
export { systemClock, type Clock } from '../../shared/clock';
