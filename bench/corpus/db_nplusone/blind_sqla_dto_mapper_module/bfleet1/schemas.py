from dataclasses import dataclass


@dataclass
class VehicleOut:
    plate: str
    driver: str | None


def to_out(vehicle) -> VehicleOut:
    return VehicleOut(plate=vehicle.plate, driver=vehicle.driver.name if vehicle.driver else None)
