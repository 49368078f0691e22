"""Every test module shares the process's one jcvm engine: jitclass names are
global to it, so each test module uses names of its own."""
