package kz.qorgau.demo;

/**
 * The demo records of one business module, entered through that module's own public services (so checked, sealed
 * and audited like real ones). {@link DemoSeeding} enters the modules' records in the order of the modules'
 * dependencies, so that each finds the records it builds on; there is one per module.
 */
interface DemoData {

    /** A public type of the module whose records these are. */
    Class<?> module();

    /** Enters the records once: nothing is added when they exist, so that a restart keeps what was changed. */
    void enter();
}
