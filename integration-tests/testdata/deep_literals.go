// targets: host wasi wasm cortex-m-qemu microbit arduino

// 110 nested function literals, each called where it is written: past the 100
// after which the compiler no longer inlines them into the one around them (LLVM's
// inliner would copy each accumulated body into the next). The result must be the
// same as inlined code's.
package main

func literals() int {
	s := 0
	func() {
		s += 0
		func() {
			func() {
				func() {
					func() {
						func() {
							func() {
								func() {
									func() {
										func() {
											func() {
												s += 10
												func() {
													func() {
														func() {
															func() {
																func() {
																	func() {
																		func() {
																			func() {
																				func() {
																					func() {
																						s += 20
																						func() {
																							func() {
																								func() {
																									func() {
																										func() {
																											func() {
																												func() {
																													func() {
																														func() {
																															func() {
																																s += 30
																																func() {
																																	func() {
																																		func() {
																																			func() {
																																				func() {
																																					func() {
																																						func() {
																																							func() {
																																								func() {
																																									func() {
																																										s += 40
																																										func() {
																																											func() {
																																												func() {
																																													func() {
																																														func() {
																																															func() {
																																																func() {
																																																	func() {
																																																		func() {
																																																			func() {
																																																				s += 50
																																																				func() {
																																																					func() {
																																																						func() {
																																																							func() {
																																																								func() {
																																																									func() {
																																																										func() {
																																																											func() {
																																																												func() {
																																																													func() {
																																																														s += 60
																																																														func() {
																																																															func() {
																																																																func() {
																																																																	func() {
																																																																		func() {
																																																																			func() {
																																																																				func() {
																																																																					func() {
																																																																						func() {
																																																																							func() {
																																																																								s += 70
																																																																								func() {
																																																																									func() {
																																																																										func() {
																																																																											func() {
																																																																												func() {
																																																																													func() {
																																																																														func() {
																																																																															func() {
																																																																																func() {
																																																																																	func() {
																																																																																		s += 80
																																																																																		func() {
																																																																																			func() {
																																																																																				func() {
																																																																																					func() {
																																																																																						func() {
																																																																																							func() {
																																																																																								func() {
																																																																																									func() {
																																																																																										func() {
																																																																																											func() {
																																																																																												s += 90
																																																																																												func() {
																																																																																													func() {
																																																																																														func() {
																																																																																															func() {
																																																																																																func() {
																																																																																																	func() {
																																																																																																		func() {
																																																																																																			func() {
																																																																																																				func() {
																																																																																																					func() {
																																																																																																						s += 100
																																																																																																						func() {
																																																																																																							func() {
																																																																																																								func() {
																																																																																																									func() {
																																																																																																										func() {
																																																																																																											func() {
																																																																																																												func() {
																																																																																																													func() {
																																																																																																														func() {
																																																																																																															s *= 2
																																																																																																														}()
																																																																																																													}()
																																																																																																												}()
																																																																																																											}()
																																																																																																										}()
																																																																																																									}()
																																																																																																								}()
																																																																																																							}()
																																																																																																						}()
																																																																																																					}()
																																																																																																				}()
																																																																																																			}()
																																																																																																		}()
																																																																																																	}()
																																																																																																}()
																																																																																															}()
																																																																																														}()
																																																																																													}()
																																																																																												}()
																																																																																											}()
																																																																																										}()
																																																																																									}()
																																																																																								}()
																																																																																							}()
																																																																																						}()
																																																																																					}()
																																																																																				}()
																																																																																			}()
																																																																																		}()
																																																																																	}()
																																																																																}()
																																																																															}()
																																																																														}()
																																																																													}()
																																																																												}()
																																																																											}()
																																																																										}()
																																																																									}()
																																																																								}()
																																																																							}()
																																																																						}()
																																																																					}()
																																																																				}()
																																																																			}()
																																																																		}()
																																																																	}()
																																																																}()
																																																															}()
																																																														}()
																																																													}()
																																																												}()
																																																											}()
																																																										}()
																																																									}()
																																																								}()
																																																							}()
																																																						}()
																																																					}()
																																																				}()
																																																			}()
																																																		}()
																																																	}()
																																																}()
																																															}()
																																														}()
																																													}()
																																												}()
																																											}()
																																										}()
																																									}()
																																								}()
																																							}()
																																						}()
																																					}()
																																				}()
																																			}()
																																		}()
																																	}()
																																}()
																															}()
																														}()
																													}()
																												}()
																											}()
																										}()
																									}()
																								}()
																							}()
																						}()
																					}()
																				}()
																			}()
																		}()
																	}()
																}()
															}()
														}()
													}()
												}()
											}()
										}()
									}()
								}()
							}()
						}()
					}()
				}()
			}()
		}()
	}()
	return s
}

func main() {
	println(literals())
}
