package de.example.crm;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CustomerServiceTest {

  private final CustomerService service = new CustomerService(new InMemoryCustomerRepository());

  @Test
  void createsCustomerWithNormalisedEmail() {
    Customer c = service.create("Max", "Mustermann", "Max.Mustermann@Example.com", LocalDate.of(1985, 4, 12));
    assertThat(c.email()).isEqualTo("max.mustermann@example.com");
    assertThat(c.age(LocalDate.of(2026, 12, 1))).isEqualTo(41);
  }

  @Test
  void rejectsInvalidIban() {
    assertThatThrownBy(() -> service.setIban(1L, "DE00 1234 5678 9012 3456 78"))
        .isInstanceOf(InvalidIbanException.class);
  }
}
