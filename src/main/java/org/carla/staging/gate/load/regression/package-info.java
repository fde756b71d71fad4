/**
 * Latency regression against the last good run. {@link org.carla.staging.gate.load.regression.LevelSample}
 * keeps what a load level measured per endpoint (figures, the whole histogram, the medians of its time
 * blocks); {@link org.carla.staging.gate.load.regression.RunRecord} is one run's levels;
 * {@link org.carla.staging.gate.load.regression.BaselineStore} keeps the last good run per
 * {@link org.carla.staging.gate.load.regression.BaselineKey} (machine, world, stack); and
 * {@link org.carla.staging.gate.load.regression.RegressionDetector} compares a level with its baseline,
 * endpoint by endpoint, with a method that sees run-to-run noise (time blocks, bootstrap, the level's
 * common drift taken out, a minimum effect). Depends on the load model only.
 */
package org.carla.staging.gate.load.regression;
