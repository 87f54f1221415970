"""The job after the award: site visits and work dates, progress and completion."""
